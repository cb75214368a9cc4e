import { AppRouterContext } from "next/dist/shared/lib/app-router-context.shared-runtime";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { AthleteOverview } from "@/lib/athlete/overview";
import { SuggestionsSection } from "./suggestions-section";

type Stored = AthleteOverview["suggestions"][number];

const stored = (over: Partial<Stored>): Stored => ({
  id: "00000000-0000-4000-8000-000000000001",
  userId: "00000000-0000-4000-8000-000000000002",
  type: "pain_high",
  priority: "high",
  title: "Your pain is too high to train through",
  message: "You logged pain 7/10.",
  evidence: {},
  evidenceKey: "",
  status: "open",
  createdAt: new Date(),
  updatedAt: new Date(),
  resolvedAt: null,
  ...over,
});

/** The cards are client components that ask for the router; a page gives them one. */
const withRouter = (node: ReactNode) =>
  renderToStaticMarkup(
    <AppRouterContext.Provider value={{} as React.ContextType<typeof AppRouterContext>}>
      {node}
    </AppRouterContext.Provider>,
  );

const nothingDone = { show: true, events: false, experience: false, session: false, pb: false };

describe("the suggestions section", () => {
  it("welcomes a brand-new athlete with the first steps instead of an empty list", () => {
    const html = renderToStaticMarkup(
      <SuggestionsSection suggestions={[]} hasHistory={false} firstSteps={nothingDone} readOnly={false} />,
    );
    expect(html).toContain("Welcome to Aria");
    expect(html).not.toContain("As soon as there is training to read");
  });

  it("shows no welcome on a coach's read-only view, nor once the welcome is over", () => {
    for (const [firstSteps, readOnly] of [
      [nothingDone, true],
      [{ ...nothingDone, show: false }, false],
    ] as const) {
      const html = renderToStaticMarkup(
        <SuggestionsSection suggestions={[]} hasHistory={false} firstSteps={firstSteps} readOnly={readOnly} />,
      );
      expect(html).not.toContain("Welcome to Aria");
    }
  });

  it("offers Dismiss on a high suggestion, and on a critical warning says what ends it instead", () => {
    const html = withRouter(
      <SuggestionsSection
        suggestions={[
          stored({
            id: "00000000-0000-4000-8000-00000000000a",
            type: "injury_warning",
            priority: "critical",
            title: "Injury",
          }),
          stored({ title: "Pain" }),
        ]}
        hasHistory
        readOnly={false}
      />,
    );
    expect(html).toContain("Dismiss “Pain”");
    expect(html).not.toContain("Dismiss “Injury”");
    expect(html).toContain(
      "Ends when the injury is marked recovering or resolved, or after 7 days without a session other than recovery.",
    );
    expect(html).toMatch(/href="\/injuries"[^>]*>Update your injury</);
  });
});
