import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ShownOnceSecret } from "./shown-once-secret";

describe("a secret shown once", () => {
  it("shows the value, says it will not be shown again and why it matters, and names what Copy copies", () => {
    const html = renderToStaticMarkup(
      <ShownOnceSecret
        id="new-token-heading"
        title="Your new token “Garmin sync”"
        warning="Keep it as secret as a password."
        value="aria_pat_123"
        noun="token"
        onSaved={() => {}}
      />,
    );
    expect(html).toContain('aria-labelledby="new-token-heading"');
    expect(html).toContain("aria_pat_123");
    expect(html).toContain("Copy it now: it won’t be shown again. Keep it as secret as a password.");
    expect(html).toContain('aria-label="Copy token"');
    expect(html).toContain("I’ve saved it");
  });

  it("puts further actions beside Copy", () => {
    const html = renderToStaticMarkup(
      <ShownOnceSecret
        id="new-feed-heading"
        title="Your calendar feed link"
        warning="Anyone with the link can read your plan."
        value="https://aria.example/feed.ics"
        noun="link"
        actions={<a href="webcal://aria.example/feed.ics">Open in calendar</a>}
        onSaved={() => {}}
      />,
    );
    expect(html).toContain('aria-label="Copy link"');
    expect(html).toContain('href="webcal://aria.example/feed.ics"');
  });
});
