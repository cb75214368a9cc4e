import { encode } from "next-auth/jwt";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import * as me from "@/app/api/v1/me/route";
import type { Database } from "@/db/client";
import { newSessionClaims, readSessionClaims } from "@/lib/accounts/session-claims";
import { endSession } from "@/lib/accounts/sessions";
import { getDb } from "@/lib/database";
import { testAccount } from "@/scripts/test/accounts";
import { callRoute } from "@/scripts/test/api";
import { signOutEverywhereAction } from "./actions";
import { authSecret } from "./secret";
import { requireSession, requireUser } from "./session";

/** What the pages' session check sees: the request's headers, and Next's redirect (which throws to stop the render). */
const request = vi.hoisted(() => ({ headers: new Headers() }));
class Redirected extends Error {}

vi.mock("next/headers", () => ({ headers: async () => request.headers }));
vi.mock("next/navigation", () => ({
  redirect: (path: string) => {
    throw new Redirected(path);
  },
}));
// next-auth's entry point imports `next/server`, which only Next's own module resolution finds.
const authJs = vi.hoisted(() => ({ signOut: vi.fn(async () => undefined) }));
vi.mock("next-auth", () => ({ AuthError: class extends Error {} }));
vi.mock("@/lib/auth", () => ({
  signIn: vi.fn(),
  signOut: authJs.signOut,
  configuredOAuthProviders: () => [],
  TooManyAttempts: class extends Error {},
}));

let db: Database;
beforeAll(async () => {
  db = await getDb();
});
beforeEach(() => {
  authJs.signOut.mockClear();
});

const COOKIE = "authjs.session-token";

/** A browser signed in as the account: a session cookie as the jwt callback mints it (lib/auth/session-token.ts). */
async function signedInBrowser(account: { id: string; role: string }) {
  const token = { uid: account.id, role: account.role, timezone: "UTC", ...newSessionClaims() };
  return { token, cookie: `${COOKIE}=${await encode({ token, secret: authSecret(), salt: COOKIE })}` };
}

function visit(cookie?: string) {
  request.headers = new Headers(cookie ? { cookie } : {});
}

const redirectOf = (work: Promise<unknown>) =>
  work.then(
    () => null,
    (error: unknown) => (error instanceof Redirected ? error.message : Promise.reject(error)),
  );

describe("the pages' session check", () => {
  it("passes a live session and sends a signed-out visit to sign-in", async () => {
    const account = await testAccount(db, "athlete");
    const browser = await signedInBrowser(account);
    visit(browser.cookie);
    expect((await requireUser()).id).toBe(account.id);
    expect((await requireSession()).session.sessionId).toBe(browser.token.sid);
    visit();
    expect(await redirectOf(requireUser())).toBe("/sign-in");
  });

  it("sends a cookie used after sign-out to sign-in, and the API answers it 401", async () => {
    const account = await testAccount(db, "athlete");
    const browser = await signedInBrowser(account);
    await endSession(db, readSessionClaims(browser.token)!);
    visit(browser.cookie);
    expect(await redirectOf(requireUser())).toBe("/sign-in");
    expect((await callRoute(me, "GET", { headers: { cookie: browser.cookie } })).status).toBe(401);
  });
});

describe("sign out everywhere", () => {
  it("ends every session of the account, this one included, and signs this browser out", async () => {
    const account = await testAccount(db, "coach");
    const [here, phone] = [await signedInBrowser(account), await signedInBrowser(account)];
    const bystander = await signedInBrowser(await testAccount(db, "athlete"));

    visit(here.cookie);
    await signOutEverywhereAction();
    expect(authJs.signOut).toHaveBeenCalledWith({ redirectTo: "/sign-in" });

    for (const ended of [here, phone]) {
      visit(ended.cookie);
      expect(await redirectOf(requireUser())).toBe("/sign-in");
      expect((await callRoute(me, "GET", { headers: { cookie: ended.cookie } })).status).toBe(401);
    }
    expect((await callRoute(me, "GET", { headers: { cookie: bystander.cookie } })).status).toBe(200);
    // API tokens are not sessions: programs keep working until their tokens are revoked.
    expect((await callRoute(me, "GET", { token: account.token })).status).toBe(200);
  });

  it("lets the account sign in again afterwards", async () => {
    const account = await testAccount(db, "athlete");
    visit((await signedInBrowser(account)).cookie);
    await signOutEverywhereAction();
    const fresh = await signedInBrowser(account);
    visit(fresh.cookie);
    expect((await requireUser()).id).toBe(account.id);
  });
});
