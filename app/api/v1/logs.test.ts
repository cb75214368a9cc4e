import { randomUUID } from "node:crypto";
import { Writable } from "node:stream";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { createLogger, setLoggerForTests } from "@/lib/core/logger";
import { getDb } from "@/lib/database";
import { TEST_PASSWORD, testAccount } from "@/scripts/test/accounts";
import * as register from "./auth/register/route";
import * as issueToken from "./auth/token/route";
import * as tokens from "./me/tokens/route";

/**
 * The server log never holds a password hash, an API token or a token's hash, on the paths where they are written:
 * a duplicate registration, and inserts that fail (forced by a trigger) while their parameters hold a fresh bcrypt
 * hash or a token's SHA-256. Routes are called directly, as Next calls them, with the logger captured.
 */

const BCRYPT_HASH = /\$2[abxy]?\$\d{2}\$/;
const ARIA_TOKEN = /aria_[A-Za-z0-9_-]{16,}/;
const SHA256_HEX = /\b[0-9a-f]{64}\b/i;
const FAIL_NAME = "Fail Me For The Log Test";

const captured: string[] = [];
let db: Database;

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

function post(module: Record<string, unknown>, body: unknown, headers: Record<string, string> = {}) {
  const request = new Request("http://aria.test/api/v1/test", {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": `10.9.${captured.length % 250}.1`, ...headers },
    body: JSON.stringify(body),
  });
  return (module.POST as Handler)(request, { params: Promise.resolve({}) });
}

const logLines = () =>
  captured
    .join("")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

function expectNoSecrets() {
  const text = captured.join("");
  expect(text).not.toMatch(BCRYPT_HASH);
  expect(text).not.toMatch(ARIA_TOKEN);
  expect(text).not.toMatch(SHA256_HEX);
}

/** A 500 names its request and nothing else; its log line has the database's code, not the query. */
async function expectLoggedFailure(response: Response) {
  expect(response.status).toBe(500);
  const requestId = response.headers.get("x-request-id");
  expect(await response.json()).toEqual({
    error: {
      code: "internal",
      message: "Something went wrong on our side. It has been logged.",
      request_id: requestId,
    },
  });
  const line = logLines().find((l) => l.requestId === requestId);
  expect(line).toMatchObject({
    level: 50,
    status: 500,
    err: {
      type: "DrizzleQueryError",
      message: "Failed query (query text and parameters withheld)",
      cause: { sqlstate: "P0001" },
    },
  });
}

beforeAll(async () => {
  setLoggerForTests(
    createLogger({
      level: "trace",
      destination: new Writable({
        write(chunk, _encoding, done) {
          captured.push(String(chunk));
          done();
        },
      }),
    }),
  );
  db = await getDb();
  // A raised exception fails the insert after the driver has the row's parameters, as any failing query would.
  await db.execute(
    sql.raw(`create or replace function log_test_fail() returns trigger language plpgsql as $$
      begin raise exception 'forced failure for the log test'; end $$`),
  );
  for (const table of ["users", "api_tokens"]) {
    await db.execute(
      sql.raw(`create or replace trigger log_test_fail_${table} before insert on ${table}
        for each row when (new.name = '${FAIL_NAME}') execute function log_test_fail()`),
    );
  }
});

afterAll(async () => {
  setLoggerForTests(undefined);
  for (const table of ["users", "api_tokens"]) {
    await db.execute(sql.raw(`drop trigger if exists log_test_fail_${table} on ${table}`));
  }
});

describe("the server log", () => {
  it("holds no password hash when a registration repeats an e-mail (a unique violation)", async () => {
    const existing = await testAccount(db, "athlete");
    const response = await post(register, {
      email: existing.email.toUpperCase(),
      password: TEST_PASSWORD,
      name: "Again",
      role: "athlete",
    });
    expect(response.status).toBe(409);
    expect(logLines().some((l) => l.route === "auth.register" && l.status === 409)).toBe(true);
    expectNoSecrets();
  });

  it("holds no password hash when the insert of a new account fails", async () => {
    const response = await post(register, {
      email: `log-${randomUUID()}@test.example`,
      password: TEST_PASSWORD,
      name: FAIL_NAME,
      role: "athlete",
    });
    await expectLoggedFailure(response);
    expectNoSecrets();
  });

  it("holds no token hash when storing a token for a program fails", async () => {
    const account = await testAccount(db, "athlete");
    const response = await post(issueToken, { email: account.email, password: TEST_PASSWORD, token_name: FAIL_NAME });
    await expectLoggedFailure(response);
    expectNoSecrets();
  });

  it("holds no token hash when minting a token from the settings page fails", async () => {
    const account = await testAccount(db, "athlete");
    const response = await post(
      tokens,
      { name: FAIL_NAME },
      { cookie: account.cookie, origin: "http://aria.test", "sec-fetch-site": "same-origin" },
    );
    await expectLoggedFailure(response);
    expectNoSecrets();
  });

  it("was listening: the failures above are in it", () => {
    expect(logLines().filter((l) => l.status === 500)).toHaveLength(3);
  });
});
