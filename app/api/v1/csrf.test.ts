import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { listApiTokens } from "@/lib/auth/tokens";
import { getDb } from "@/lib/database";
import { CROSS_SITE_MESSAGE, NOT_JSON_MESSAGE } from "@/lib/http/csrf";
import { testAccount } from "@/scripts/test/accounts";
import * as profile from "./me/profile/route";
import * as me from "./me/route";
import * as revoke from "./me/tokens/[id]/route";
import * as tokens from "./me/tokens/route";

/**
 * Cookie-authenticated writes come from Aria's own pages only (lib/http/csrf.ts). Each request is built here with
 * exactly the headers a browser would send (no helper adds any), and handed to the route as Next would.
 */

const OWN = "http://aria.test";
const EVIL = "https://evil.example";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

interface Sent {
  headers?: Record<string, string>;
  token?: string;
  /** Sent as JSON with its Content-Type. */
  body?: unknown;
  /** Sent as it is: a string body gets `text/plain;charset=UTF-8` unless a type is given, as in a browser. */
  rawBody?: string;
  params?: Record<string, string>;
}

function callRoute(module: Record<string, unknown>, method: string, sent: Sent = {}): Promise<Response> {
  const headers: Record<string, string> = { ...sent.headers };
  if (sent.token) headers.authorization = `Bearer ${sent.token}`;
  let body = sent.rawBody;
  if (sent.body !== undefined) {
    body = JSON.stringify(sent.body);
    headers["content-type"] = "application/json";
  }
  const request = new Request(`${OWN}/api/v1/test`, { method, headers, body });
  return (module[method] as Handler)(request, { params: Promise.resolve(sent.params ?? {}) });
}

let db: Database;
beforeAll(async () => {
  db = await getDb();
});

async function refusedWith(response: Response, message: string) {
  expect(response.status).toBe(403);
  expect(response.headers.get("cache-control")).toBe("no-store");
  expect(await response.json()).toEqual({ error: { code: "forbidden", message } });
}

describe("a write on the session cookie from another site", () => {
  it("is refused as JSON, and mints no token", async () => {
    const account = await testAccount(db, "athlete");
    const before = (await listApiTokens(db, account.id)).length;
    const response = await callRoute(tokens, "POST", {
      headers: { cookie: account.cookie, origin: EVIL, "sec-fetch-site": "cross-site" },
      body: { name: "stolen" },
    });
    await refusedWith(response, CROSS_SITE_MESSAGE);
    expect(await listApiTokens(db, account.id)).toHaveLength(before);
  });

  it("is refused as text/plain (a form or a no-preflight fetch), and changes no profile", async () => {
    const account = await testAccount(db, "athlete");
    const response = await callRoute(profile, "PUT", {
      headers: { cookie: account.cookie, origin: EVIL, "content-type": "text/plain;charset=UTF-8" },
      rawBody: JSON.stringify({ timezone: "Pacific/Auckland" }),
    });
    await refusedWith(response, CROSS_SITE_MESSAGE);
    const after = await (await callRoute(me, "GET", { token: account.token })).json();
    expect(after.user.timezone).toBe("UTC");
  });

  it("is refused without an Origin, unless Sec-Fetch-Site says same-origin", async () => {
    const account = await testAccount(db, "athlete");
    const bare = await callRoute(profile, "PUT", {
      headers: { cookie: account.cookie },
      body: { timezone: "Asia/Tokyo" },
    });
    await refusedWith(bare, CROSS_SITE_MESSAGE);
    const fetched = await callRoute(profile, "PUT", {
      headers: { cookie: account.cookie, "sec-fetch-site": "same-origin" },
      body: { timezone: "Asia/Tokyo" },
    });
    expect(fetched.status).toBe(200);
  });

  it("is refused as text/plain even from the app's own origin", async () => {
    const account = await testAccount(db, "athlete");
    const response = await callRoute(tokens, "POST", {
      headers: { cookie: account.cookie, origin: OWN },
      rawBody: JSON.stringify({ name: "plain" }),
    });
    await refusedWith(response, NOT_JSON_MESSAGE);
  });
});

describe("the app's own pages", () => {
  it("write on the cookie from the same origin: JSON bodies and body-less deletes", async () => {
    const account = await testAccount(db, "athlete");
    const session = { cookie: account.cookie, origin: OWN, "sec-fetch-site": "same-origin" };
    const minted = await callRoute(tokens, "POST", { headers: session, body: { name: "from settings" } });
    expect(minted.status).toBe(201);
    const { id } = await minted.json();
    const updated = await callRoute(profile, "PUT", { headers: session, body: { timezone: "Europe/Paris" } });
    expect(updated.status).toBe(200);
    expect((await callRoute(revoke, "DELETE", { headers: session, params: { id } })).status).toBe(204);
  });

  it("read on the cookie from anywhere: a GET changes nothing", async () => {
    const account = await testAccount(db, "athlete");
    const response = await callRoute(me, "GET", { headers: { cookie: account.cookie, origin: EVIL } });
    expect(response.status).toBe(200);
  });
});

describe("bearer-token calls", () => {
  it("are not concerned: no ambient credential rides along", async () => {
    const account = await testAccount(db, "athlete");
    const response = await callRoute(profile, "PUT", {
      token: account.token,
      headers: { origin: EVIL },
      body: { timezone: "America/Chicago" },
    });
    expect(response.status).toBe(200);
    const plain = await callRoute(profile, "PUT", {
      token: account.token,
      rawBody: JSON.stringify({ timezone: "America/Denver" }),
    });
    expect(plain.status).toBe(200);
  });

  it("and a signed-out write is still 401", async () => {
    const response = await callRoute(profile, "PUT", { headers: { origin: EVIL }, body: { timezone: "UTC" } });
    expect(response.status).toBe(401);
  });
});

describe("Cache-Control on authenticated answers", () => {
  it("is no-store on /me, by token and by cookie, and on its errors", async () => {
    const account = await testAccount(db, "athlete");
    for (const options of [{ token: account.token }, { headers: { cookie: account.cookie } }, {}]) {
      const response = await callRoute(me, "GET", options);
      expect(response.headers.get("cache-control")).toBe("no-store");
    }
  });
});
