import { encode } from "next-auth/jwt";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { newSessionClaims, SESSION_MAX_SECONDS } from "@/lib/accounts/session-claims";
import { endSessionOfToken, sessionAccount } from "@/lib/accounts/sessions";
import { getDb } from "@/lib/database";
import { testAccount } from "@/scripts/test/accounts";
import { authSecret } from "./secret";
import { sessionFromHeaders, sessionJwt } from "./session-token";

let db: Database;
beforeAll(async () => {
  db = await getDb();
});

const uid = "6f1c2a9e-3b57-4d8a-9c61-0e2f4b7d1a35";

describe("the jwt callback", () => {
  it("starts a session at sign-in with the account's id, role, zone, a session id and the instant", () => {
    const token = sessionJwt({ email: "a@test.example" }, { id: uid, role: "coach", timezone: "Europe/Oslo" }, 1_000);
    expect(token).toEqual({
      email: "a@test.example",
      uid,
      role: "coach",
      timezone: "Europe/Oslo",
      sid: expect.stringMatching(/^[0-9a-f-]{36}$/),
      signed_in_at: 1_000,
    });
  });

  it("keeps a session's claims when the cookie is renewed", () => {
    const token = { uid, role: "athlete" as const, ...newSessionClaims(5_000), iat: 6 };
    expect(sessionJwt(token, undefined, 10_000)).toEqual(token);
  });

  it("gives a cookie from before session ids an id, counting from when it was issued", () => {
    expect(sessionJwt({ uid, iat: 1_800_000_000 }, undefined, 1_800_000_100_000)).toMatchObject({
      sid: expect.any(String),
      signed_in_at: 1_800_000_000_000,
    });
  });

  it("clears a cookie that names no user", () => {
    expect(sessionJwt({ email: "a@test.example", iat: 1_800_000_000 }, undefined)).toBeNull();
  });

  it("ends the session past its deadline", () => {
    const start = 1_800_000_000_000;
    const token = { uid, ...newSessionClaims(start) };
    expect(sessionJwt(token, undefined, start + SESSION_MAX_SECONDS * 1000 - 1)).toEqual(token);
    expect(sessionJwt(token, undefined, start + SESSION_MAX_SECONDS * 1000 + 1)).toBeNull();
  });
});

describe("the session cookie", () => {
  async function cookieFor(token: Record<string, unknown>, name = "authjs.session-token") {
    return `${name}=${await encode({ token, secret: authSecret(), salt: name })}`;
  }

  it("is read under either cookie name", async () => {
    const claims = newSessionClaims();
    for (const name of ["authjs.session-token", "__Secure-authjs.session-token"]) {
      const headers = new Headers({ cookie: await cookieFor({ uid, ...claims }, name) });
      expect(await sessionFromHeaders(headers)).toEqual({
        userId: uid,
        sessionId: claims.sid,
        signedInAt: claims.signed_in_at,
      });
    }
  });

  it("reads as no session when missing or forged", async () => {
    expect(await sessionFromHeaders(new Headers())).toBeNull();
    expect(await sessionFromHeaders(new Headers({ cookie: "authjs.session-token=forged" }))).toBeNull();
  });

  it("stops working for every copy once the browser signs out (Auth.js's signOut event)", async () => {
    const account = await testAccount(db, "athlete");
    const token = { uid: account.id, role: "athlete" as const, ...newSessionClaims() };
    const session = (await sessionFromHeaders(new Headers({ cookie: await cookieFor(token) })))!;
    expect((await sessionAccount(db, session))?.id).toBe(account.id);
    await endSessionOfToken(db, token);
    expect(await sessionAccount(db, session)).toBeNull();
  });
});
