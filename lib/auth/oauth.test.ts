import { randomUUID } from "node:crypto";
import type { Account, User } from "next-auth";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@/db/client";
import { findUserByEmail } from "@/lib/accounts/users";
import { getDb } from "@/lib/database";
import { testAccount } from "@/scripts/test/accounts";
import { EMAIL_NOT_VERIFIED, linkOAuthAccount, oauthIdentity } from "./oauth";

let db: Database;
beforeAll(async () => {
  db = await getDb();
});

type GitHubEmail = { email: string; primary: boolean; verified: boolean };

/** GitHub's e-mail list endpoint, answering for the token it is given. */
function gitHubEmails(emails: GitHubEmail[], status = 200) {
  return vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
    expect(String(url)).toBe("https://api.github.com/user/emails");
    expect(new Headers(init?.headers).get("authorization")).toBe("Bearer gh-token");
    return Response.json(emails, { status });
  }) as unknown as typeof fetch;
}

const account = (provider: "github" | "google"): Account => ({
  provider,
  type: "oidc",
  providerAccountId: "42",
  access_token: "gh-token",
});

describe("oauthIdentity", () => {
  it("takes Google's email_verified at its word", async () => {
    expect(await oauthIdentity("google", { email: "a@test.example", name: "A", email_verified: true }, "t")).toEqual({
      email: "a@test.example",
      name: "A",
      emailVerified: true,
    });
    const unverified = await oauthIdentity("google", { email: "a@test.example", email_verified: false }, "t");
    expect(unverified).toMatchObject({ emailVerified: false, name: "a" });
    expect(await oauthIdentity("google", { email: "a@test.example" }, "t")).toMatchObject({ emailVerified: false });
  });

  it("uses GitHub's primary address with GitHub's verified flag, not the profile's public e-mail", async () => {
    const fetch = gitHubEmails([
      { email: "public@test.example", primary: false, verified: true },
      { email: "primary@test.example", primary: true, verified: true },
    ]);
    expect(await oauthIdentity("github", { email: "public@test.example", login: "ada" }, "gh-token", fetch)).toEqual({
      email: "primary@test.example",
      name: "ada",
      emailVerified: true,
    });
  });

  it("reports GitHub's unverified primary address as unverified", async () => {
    const fetch = gitHubEmails([{ email: "primary@test.example", primary: true, verified: false }]);
    expect(await oauthIdentity("github", { name: "Ada" }, "gh-token", fetch)).toMatchObject({ emailVerified: false });
  });

  it("has no identity when GitHub does not answer the e-mail list", async () => {
    expect(await oauthIdentity("github", {}, "gh-token", gitHubEmails([], 403))).toBeNull();
    expect(await oauthIdentity("github", {}, "gh-token", gitHubEmails([]))).toBeNull();
  });
});

describe("linkOAuthAccount", () => {
  it("refuses to sign in to an existing account by an e-mail GitHub has not verified", async () => {
    const victim = await testAccount(db, "coach");
    const user: User = { name: "Mallory" };
    const fetch = gitHubEmails([{ email: victim.email, primary: true, verified: false }]);
    const outcome = await linkOAuthAccount(db, { user, account: account("github"), profile: {} }, fetch);
    expect(outcome).toBe(`/sign-in?error=${EMAIL_NOT_VERIFIED}&provider=github`);
    expect(user.id).toBeUndefined();
  });

  it("refuses an unverified Google address, and creates no account for it", async () => {
    const email = `unclaimed-${randomUUID()}@test.example`;
    const outcome = await linkOAuthAccount(db, {
      user: {},
      account: account("google"),
      profile: { email, email_verified: false },
    });
    expect(outcome).toBe(`/sign-in?error=${EMAIL_NOT_VERIFIED}&provider=google`);
    expect(await findUserByEmail(db, email)).toBeUndefined();
  });

  it("signs a verified address into the existing account with that e-mail", async () => {
    const owner = await testAccount(db, "coach");
    const user: User = {};
    const profile = { email: owner.email.toUpperCase(), email_verified: true };
    expect(await linkOAuthAccount(db, { user, account: account("google"), profile })).toBe(true);
    expect(user).toMatchObject({ id: owner.id, role: "coach", timezone: "UTC" });
  });

  it("creates an athlete for a verified address Aria has not seen", async () => {
    const email = `new-${randomUUID()}@test.example`;
    const user: User = {};
    const fetch = gitHubEmails([{ email, primary: true, verified: true }]);
    expect(await linkOAuthAccount(db, { user, account: account("github"), profile: { name: "New" } }, fetch)).toBe(
      true,
    );
    const created = await findUserByEmail(db, email);
    expect(created).toMatchObject({ id: user.id, role: "athlete", name: "New", passwordHash: null });
  });

  it("sends the browser back with a reason when the provider's answer cannot be read", async () => {
    const failing = vi.fn(async () => {
      throw new Error("network down");
    }) as unknown as typeof fetch;
    const outcome = await linkOAuthAccount(db, { user: {}, account: account("github"), profile: {} }, failing);
    expect(outcome).toBe("/sign-in?error=OAuthCallbackError&provider=github");
  });
});
