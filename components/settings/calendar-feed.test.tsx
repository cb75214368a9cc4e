import { AppRouterContext } from "next/dist/shared/lib/app-router-context.shared-runtime";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CalendarFeed } from "./calendar-feed";

/** The card is a client component that asks for the router; a page gives it one. */
const withRouter = (node: ReactNode) =>
  renderToStaticMarkup(
    <AppRouterContext.Provider value={{} as React.ContextType<typeof AppRouterContext>}>
      {node}
    </AppRouterContext.Provider>,
  );

const NOW = "2026-12-03T12:00:00.000Z";

describe("CalendarFeed", () => {
  it("offers to create a link when there is none", () => {
    const html = withRouter(
      <CalendarFeed initial={{ exists: false, created_at: null, last_used_at: null }} timeZone="UTC" now={NOW} />,
    );
    expect(html).toContain("Subscribe in your phone’s calendar to see your plan and meets.");
    expect(html).toContain("Create feed link");
    expect(html).not.toContain('aria-label="Revoke calendar feed"');
  });

  it("says when the link was made and last used, in words, and offers a new link or revoking it", () => {
    const html = withRouter(
      <CalendarFeed
        initial={{ exists: true, created_at: "2026-12-01T09:00:00.000Z", last_used_at: "2026-12-03T10:00:00.000Z" }}
        timeZone="UTC"
        now={NOW}
      />,
    );
    expect(html).toContain("Created Tue 1 Dec · last used 2 hours ago");
    expect(html).toContain("Make a new link");
    expect(html).toContain('aria-label="Revoke calendar feed"');
  });

  it("says a link no calendar has read yet has not been used", () => {
    const html = withRouter(
      <CalendarFeed
        initial={{ exists: true, created_at: "2026-11-20T09:00:00.000Z", last_used_at: null }}
        timeZone="UTC"
        now={NOW}
      />,
    );
    expect(html).toContain("Created Fri 20 Nov · not used by a calendar yet");
  });
});
