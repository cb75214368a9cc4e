import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Sparkline } from "@/components/charts/sparkline";

describe("the pain sparkline", () => {
  it("places each log by its date, so a week without a log is a longer stretch", () => {
    const html = renderToStaticMarkup(
      <Sparkline
        label="Pain trend: 6, 5, 2"
        points={[
          { date: "2026-11-01", level: 6 },
          { date: "2026-11-02", level: 5 },
          { date: "2026-11-11", level: 2 },
        ]}
      />,
    );
    // 120 wide over ten days: the second log a tenth of the way along, not half.
    expect(html).toContain('d="M0.0,12.8 L12.0,16.0 L120.0,25.6"');
    expect(html).toContain('aria-label="Pain trend: 6, 5, 2"');
  });

  it("draws nothing without a log", () => {
    expect(renderToStaticMarkup(<Sparkline label="Pain trend" points={[]} />)).toBe("");
  });
});
