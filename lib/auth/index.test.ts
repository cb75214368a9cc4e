import { describe, expect, it, vi } from "vitest";
import { parseEnv } from "@/lib/core/env";
import { configuredOAuthProviders } from "./index";

// next-auth imports `next/server`, which only Next's own module resolution finds; the provider list never calls it.
vi.mock("next-auth", () => ({ default: () => ({}), CredentialsSignin: class extends Error {} }));

const ids = (source: Record<string, string>) => configuredOAuthProviders(parseEnv(source)).map((p) => p.id);

describe("configuredOAuthProviders", () => {
  it("offers a provider when both its client id and secret are set", () => {
    expect(ids({ AUTH_GITHUB_ID: "gh-id", AUTH_GITHUB_SECRET: "gh-secret" })).toEqual(["github"]);
    expect(ids({ AUTH_GOOGLE_ID: "g-id", AUTH_GOOGLE_SECRET: "g-secret" })).toEqual(["google"]);
  });

  it("offers both, GitHub first, when both are configured", () => {
    expect(
      configuredOAuthProviders(
        parseEnv({
          AUTH_GITHUB_ID: "gh-id",
          AUTH_GITHUB_SECRET: "gh-secret",
          AUTH_GOOGLE_ID: "g-id",
          AUTH_GOOGLE_SECRET: "g-secret",
        }),
      ),
    ).toEqual([
      { id: "github", name: "GitHub" },
      { id: "google", name: "Google" },
    ]);
  });

  it("offers nothing when neither is configured", () => {
    expect(ids({})).toEqual([]);
  });

  it("leaves out a provider with only its id, only its secret, or a blank value", () => {
    expect(ids({ AUTH_GITHUB_ID: "gh-id" })).toEqual([]);
    expect(ids({ AUTH_GOOGLE_SECRET: "g-secret" })).toEqual([]);
    expect(ids({ AUTH_GITHUB_ID: "gh-id", AUTH_GITHUB_SECRET: "  " })).toEqual([]);
  });
});
