import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { WelcomeCard } from "./welcome-card";

describe("the welcome card", () => {
  it("lists the four first steps as links, each saying in words whether it is done", () => {
    const html = renderToStaticMarkup(
      <WelcomeCard steps={{ show: true, events: true, experience: false, session: false, pb: true }} />,
    );
    expect(html).toContain('aria-label="First steps"');
    expect(html).toContain("2 of 4 first steps done");
    for (const href of ["/settings", "/log", "/progress"]) expect(html).toContain(`href="${href}"`);
    expect(html.match(/: done</g)).toHaveLength(2);
    expect(html.match(/: not done yet</g)).toHaveLength(2);
    expect(html).toMatch(/Set your events<\/a><span class="sr-only">: done/);
    expect(html).toMatch(/Log a first session<\/a><span class="sr-only">: not done yet/);
  });
});
