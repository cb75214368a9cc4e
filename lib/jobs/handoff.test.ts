import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/core/env";
import { selfBaseUrl } from "./handoff";

describe("the address a cron run is handed on to", () => {
  it("is APP_URL when it is set, without a trailing slash", () => {
    expect(selfBaseUrl(parseEnv({ APP_URL: "https://aria.example/" }))).toBe("https://aria.example");
    expect(selfBaseUrl(parseEnv({ APP_URL: "https://aria.example", VERCEL: "1", VERCEL_URL: "x.vercel.app" }))).toBe(
      "https://aria.example",
    );
  });

  it("is the project's production hostname on Vercel, else the deployment's own", () => {
    const vercel = { VERCEL: "1", VERCEL_URL: "aria-abc123.vercel.app" };
    expect(selfBaseUrl(parseEnv({ ...vercel, VERCEL_PROJECT_PRODUCTION_URL: "aria.example" }))).toBe(
      "https://aria.example",
    );
    expect(selfBaseUrl(parseEnv(vercel))).toBe("https://aria-abc123.vercel.app");
  });

  it("is missing when nothing is configured, so the run waits for its next scheduled call", () => {
    expect(selfBaseUrl(parseEnv({}))).toBeNull();
    // Vercel's hostnames count only where VERCEL=1 says the platform set them.
    expect(selfBaseUrl(parseEnv({ VERCEL_URL: "aria-abc123.vercel.app" }))).toBeNull();
  });
});
