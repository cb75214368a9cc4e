import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@/db/client";
import { athleteProfiles, users } from "@/db/schema";
import { COMMON_PASSWORD_MESSAGE, EMAIL_PASSWORD_MESSAGE } from "@/lib/accounts/password-policy";
import { getDb } from "@/lib/database";
import { ACCOUNT_BACKOFF, RATE_LIMITS } from "@/lib/rate-limit";
import { TEST_PASSWORD, testAccount } from "@/scripts/test/accounts";
import { callRoute } from "@/scripts/test/api";
import * as register from "./auth/register/route";
import * as token from "./auth/token/route";
import * as join from "./coach/join/route";
import * as profile from "./me/profile/route";
import * as me from "./me/route";
import * as revoke from "./me/tokens/[id]/route";
import * as tokens from "./me/tokens/route";

let db: Database;
beforeAll(async () => {
  db = await getDb();
});

const validRegistration = () => ({
  email: `sprinter-${randomUUID()}@test.example`,
  password: TEST_PASSWORD,
  name: "Ada Sprinter",
  role: "athlete",
  timezone: "Europe/London",
});

const userCount = async () => (await db.select({ n: sql<number>`count(*)::int` }).from(users))[0]!.n;

describe("POST /api/v1/auth/register", () => {
  it("creates an athlete with a profile and answers 201 with the user", async () => {
    const input = validRegistration();
    const response = await callRoute(register, "POST", { body: input });
    expect(response.status).toBe(201);
    const { user } = await response.json();
    expect(user).toEqual({
      id: expect.any(String),
      email: input.email,
      name: "Ada Sprinter",
      role: "athlete",
      timezone: "Europe/London",
    });
    const [stored] = await db.select().from(users).where(eq(users.id, user.id));
    expect(stored?.passwordHash).not.toContain(TEST_PASSWORD);
    const profiles = await db.select().from(athleteProfiles).where(eq(athleteProfiles.userId, user.id));
    expect(profiles).toHaveLength(1);
  });

  it("defaults the time zone to UTC and stores the e-mail in lower case", async () => {
    const { timezone: _omit, ...input } = validRegistration();
    const response = await callRoute(register, "POST", { body: { ...input, email: input.email.toUpperCase() } });
    const { user } = await response.json();
    expect(user.timezone).toBe("UTC");
    expect(user.email).toBe(input.email);
  });

  it.each([
    ["email", { email: "not-an-email" }, "must be a valid e-mail address"],
    ["email", { email: undefined }, "is required"],
    ["password", { password: "short" }, "must be at least 8 characters"],
    ["password", { password: undefined }, "is required"],
    ["password", { password: "password" }, COMMON_PASSWORD_MESSAGE],
    ["password", { password: "12345678" }, COMMON_PASSWORD_MESSAGE],
    ["password", { email: "ada.sprinter@test.example", password: "ada.sprinter@test.example" }, EMAIL_PASSWORD_MESSAGE],
    ["password", { email: "ada.sprinter@test.example", password: "Ada.Sprinter" }, EMAIL_PASSWORD_MESSAGE],
    ["name", { name: "   " }, "is required"],
    ["name", { name: "x".repeat(101) }, "must be at most 100 characters"],
    ["role", { role: "admin" }, "must be one of: athlete, coach"],
    ["role", { role: undefined }, "is required"],
    ["timezone", { timezone: "Mars/Olympus" }, "must be an IANA time zone such as Europe/London"],
  ])("refuses a bad %s with a 400 that names it (%o) and stores nothing", async (field, change, message) => {
    const before = await userCount();
    const response = await callRoute(register, "POST", { body: { ...validRegistration(), ...change } });
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe("validation_error");
    expect(error.fields[field]).toBe(message);
    expect(await userCount()).toBe(before);
  });

  it("answers 409 when the e-mail is taken, whatever its case", async () => {
    const input = validRegistration();
    expect((await callRoute(register, "POST", { body: input })).status).toBe(201);
    const again = await callRoute(register, "POST", {
      body: { ...input, email: input.email.toUpperCase(), role: "coach" },
    });
    expect(again.status).toBe(409);
    expect((await again.json()).error).toMatchObject({ code: "conflict", fields: { email: "is already registered" } });
  });

  it("answers 400, never 500, to malformed JSON", async () => {
    const response = await callRoute(register, "POST", { rawBody: '{"email": "a@b.c",' });
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe("validation_error");
  });

  it("limits registrations from one address and says when to retry", async () => {
    const address = { "x-forwarded-for": `192.0.2.${Math.floor(Math.random() * 250)}` };
    for (let i = 0; i < RATE_LIMITS.register.limit; i++) {
      const response = await callRoute(register, "POST", { body: validRegistration(), headers: address });
      expect(response.status).toBe(201);
    }
    const limited = await callRoute(register, "POST", { body: validRegistration(), headers: address });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await limited.json()).error.code).toBe("rate_limited");
  });
});

describe("POST /api/v1/auth/token", () => {
  it("issues a token that authenticates, and 401 on a wrong password", async () => {
    const account = await testAccount(db, "athlete");
    const issued = await callRoute(token, "POST", {
      body: { email: account.email, password: TEST_PASSWORD, token_name: "watch" },
    });
    expect(issued.status).toBe(201);
    const body = await issued.json();
    expect(body.token).toMatch(/^aria_/);
    expect(new Date(body.expires_at).getTime()).toBeGreaterThan(Date.now());
    const whoAmI = await callRoute(me, "GET", { token: body.token });
    expect((await whoAmI.json()).user.email).toBe(account.email);

    const wrong = await callRoute(token, "POST", { body: { email: account.email, password: "wrong-password" } });
    expect(wrong.status).toBe(401);
    const unknown = await callRoute(token, "POST", { body: { email: "nobody@test.example", password: "whatever1" } });
    expect(unknown.status).toBe(401);
  });

  it.each([
    ["email", { email: "nope" }],
    ["password", { password: "" }],
    ["token_name", { token_name: "" }],
    ["token_name", { token_name: "t".repeat(61) }],
  ])("refuses a bad %s with a 400 that names it", async (field, change) => {
    const response = await callRoute(token, "POST", { body: { email: "a@test.example", password: "x", ...change } });
    expect(response.status).toBe(400);
    expect((await response.json()).error.fields).toHaveProperty(field);
  });

  it("limits requests from one address over many accounts", async () => {
    const headers = { "x-forwarded-for": "198.51.100.7" };
    for (let i = 0; i < RATE_LIMITS.token.limit; i++) {
      const body = { email: `nobody-${i}@test.example`, password: "wrong-password" };
      expect((await callRoute(token, "POST", { body, headers })).status).toBe(401);
    }
    const account = await testAccount(db, "athlete");
    const limited = await callRoute(token, "POST", {
      body: { email: account.email, password: TEST_PASSWORD },
      headers,
    });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});

describe("password guessing on one account, from a new address each time", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  // callRoute gives every call its own client address: the attacker who rotates them.
  const request = (email: string, password: string) => callRoute(token, "POST", { body: { email, password } });

  it("is stopped after a few guesses, and the right password works once the hold expires", async () => {
    const victim = await testAccount(db, "coach");
    vi.useFakeTimers({ toFake: ["Date"] });
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) statuses.push((await request(victim.email, `guess-${i}-sprinter`)).status);
    expect(statuses.filter((status) => status === 401)).toHaveLength(ACCOUNT_BACKOFF.freeAttempts + 1);
    expect(statuses.slice(ACCOUNT_BACKOFF.freeAttempts + 1)).toEqual(
      Array(39 - ACCOUNT_BACKOFF.freeAttempts).fill(429),
    );

    const held = await request(victim.email, TEST_PASSWORD);
    expect(held.status).toBe(429);
    const wait = Number(held.headers.get("retry-after"));
    expect(wait).toBeGreaterThan(0);

    vi.setSystemTime(Date.now() + wait * 1000);
    expect((await request(victim.email, TEST_PASSWORD)).status).toBe(201);
    // The success forgot the failures.
    expect((await request(victim.email, "one-more-wrong-guess")).status).toBe(401);
  });

  it("does not slow another account", async () => {
    const [victim, bystander] = [await testAccount(db, "athlete"), await testAccount(db, "athlete")];
    for (let i = 0; i < ACCOUNT_BACKOFF.freeAttempts + 3; i++) await request(victim.email, `guess-${i}-sprinter`);
    expect((await request(victim.email, TEST_PASSWORD)).status).toBe(429);
    expect((await request(bystander.email, TEST_PASSWORD)).status).toBe(201);
  });
});

describe("API tokens", () => {
  it("are managed from a signed-in browser only: a token cannot mint or revoke tokens", async () => {
    const account = await testAccount(db, "athlete");
    const minted = await callRoute(tokens, "POST", { token: account.token, body: { name: "escape hatch" } });
    expect(minted.status).toBe(403);
    const listed = await (await callRoute(tokens, "GET", { token: account.token })).json();
    const revoked = await callRoute(revoke, "DELETE", { token: account.token, params: { id: listed.tokens[0].id } });
    expect(revoked.status).toBe(403);
    expect((await callRoute(me, "GET", { token: account.token })).status).toBe(200);
  });

  it("stop working the moment they are revoked", async () => {
    const account = await testAccount(db, "athlete");
    const session = { cookie: account.cookie };
    const created = await callRoute(tokens, "POST", { headers: session, body: { name: "script" } });
    expect(created.status).toBe(201);
    const { id, token: secret } = await created.json();
    expect((await callRoute(me, "GET", { token: secret })).status).toBe(200);
    const listed = await (await callRoute(tokens, "GET", { token: account.token })).json();
    expect(listed.tokens.map((t: { name: string }) => t.name)).toContain("script");
    expect(JSON.stringify(listed)).not.toContain(secret);

    expect((await callRoute(revoke, "DELETE", { headers: session, params: { id } })).status).toBe(204);
    const after = await callRoute(me, "GET", { token: secret });
    expect(after.status).toBe(401);
    expect((await after.json()).error.code).toBe("unauthorized");
  });

  it("refuses a made-up token and a malformed header with 401", async () => {
    expect((await callRoute(me, "GET", { token: "aria_this-is-not-a-real-token-at-all" })).status).toBe(401);
    expect((await callRoute(me, "GET", { headers: { authorization: "Basic abc" } })).status).toBe(401);
  });
});

describe("PUT /api/v1/me/profile", () => {
  it("lets an athlete clear the years of training, and refuses sprinter details on a coach's account", async () => {
    const athlete = await testAccount(db, "athlete");
    await callRoute(profile, "PUT", { token: athlete.token, body: { experience_years: 4 } });
    const cleared = await callRoute(profile, "PUT", { token: athlete.token, body: { experience_years: null } });
    expect((await cleared.json()).profile.experience_years).toBeNull();

    const coach = await testAccount(db, "coach");
    const refused = await callRoute(profile, "PUT", {
      token: coach.token,
      body: { events: ["100m"], name: "Coach K" },
    });
    expect(refused.status).toBe(400);
    expect((await refused.json()).error.fields).toEqual({ events: "is for athlete accounts only" });
    const renamed = await callRoute(profile, "PUT", { token: coach.token, body: { name: "Coach K" } });
    expect((await renamed.json()).user.name).toBe("Coach K");
  });

  it("updates the fields given and returns the profile", async () => {
    const account = await testAccount(db, "athlete");
    const response = await callRoute(profile, "PUT", {
      token: account.token,
      body: {
        events: ["100m", "200m"],
        experience_years: 3.5,
        birth_date: "2001-05-20",
        sex: "female",
        timezone: "America/New_York",
      },
    });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.profile).toMatchObject({
      events: ["100m", "200m"],
      experience_years: 3.5,
      birth_date: "2001-05-20",
      sex: "female",
    });
    expect(body.user.timezone).toBe("America/New_York");
  });

  it.each([
    ["experience_years", { experience_years: -1 }],
    ["experience_years", { experience_years: "three" }],
    ["events.0", { events: ["marathon"] }],
    ["events", { events: ["100m", "100m"] }],
    ["birth_date", { birth_date: "2001-02-30" }],
    ["birth_date", { birth_date: "2999-01-01" }],
    ["sex", { sex: "x" }],
    ["timezone", { timezone: "Nowhere" }],
    ["body", {}],
  ])("refuses a bad %s with a 400 that names it and changes nothing", async (field, body) => {
    const account = await testAccount(db, "athlete");
    const response = await callRoute(profile, "PUT", { token: account.token, body });
    expect(response.status).toBe(400);
    expect((await response.json()).error.fields).toHaveProperty(field);
    const [stored] = await db.select().from(athleteProfiles).where(eq(athleteProfiles.userId, account.id));
    expect(stored).toMatchObject({ events: [], experienceYears: null, birthDate: null, sex: null });
  });
});

describe("POST /api/v1/coach/join", () => {
  it("refuses an unknown or empty code with a 400 naming the code", async () => {
    const athlete = await testAccount(db, "athlete");
    for (const code of ["ZZZZ-ZZZZ", ""]) {
      const response = await callRoute(join, "POST", { token: athlete.token, body: { code } });
      expect(response.status).toBe(400);
      expect((await response.json()).error.fields).toHaveProperty("code");
    }
  });
});
