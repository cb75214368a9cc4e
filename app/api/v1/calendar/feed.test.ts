import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import * as manage from "@/app/api/v1/me/calendar-feed/route";
import type { Database } from "@/db/client";
import { createEvent } from "@/lib/calendar/events";
import { addDays, todayIn } from "@/lib/core/dates";
import { getDb } from "@/lib/database";
import { createPlans } from "@/lib/plans/service";
import { testAccount } from "@/scripts/test/accounts";
import { callRoute } from "@/scripts/test/api";
import * as feed from "./feed/[token]/route";

let db: Database;
beforeAll(async () => {
  db = await getDb();
});

type Account = Awaited<ReturnType<typeof testAccount>>;

const asSession = (account: Account) => ({ headers: { cookie: account.cookie } });

async function createFeedLink(account: Account) {
  const response = await callRoute(manage, "POST", asSession(account));
  expect(response.status).toBe(201);
  return (await response.json()) as { url: string; token: string; created_at: string };
}

const fetchFeed = (token: string) => callRoute(feed, "GET", { params: { token } });

async function feedText(token: string) {
  const response = await fetchFeed(token);
  expect(response.status).toBe(200);
  return response.text();
}

const summaries = (text: string) =>
  new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent").map((c) => new ICAL.Event(c).summary);

async function planFor(account: Account, type: "acceleration" | "tempo") {
  const today = todayIn(account.timezone);
  await createPlans(db, { userId: account.id, role: "athlete" }, { athlete_id: "me", date: addDays(today, 1), type });
}

describe("the calendar feed", () => {
  it("makes a link whose token serves the athlete's plan and competitions as iCalendar", async () => {
    const athlete = await testAccount(db, "athlete", "Priya Nair");
    await planFor(athlete, "acceleration");
    await createEvent(db, athlete.id, {
      title: "Masters meet",
      type: "competition",
      start: new Date(`${addDays(todayIn("UTC"), 9)}T10:00:00Z`),
    });
    const link = await createFeedLink(athlete);
    expect(link.url).toBe(`http://aria.test/api/v1/calendar/feed/${link.token}`);
    expect(link.token).toMatch(/^aria_cal_/);

    const response = await fetchFeed(link.token);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("private, max-age=300");
    const text = await response.text();
    expect(text).toContain("X-WR-CALNAME:Aria — Priya's training");
    expect(summaries(text).sort()).toEqual(["Acceleration", "Masters meet"]);

    const status = await callRoute(manage, "GET", { token: athlete.token });
    expect(await status.json()).toEqual({
      exists: true,
      created_at: link.created_at,
      last_used_at: expect.any(String),
    });
  });

  it("stops serving the old link when a new one is made, and every link once revoked", async () => {
    const athlete = await testAccount(db, "athlete");
    const first = await createFeedLink(athlete);
    const second = await createFeedLink(athlete);
    expect(second.token).not.toBe(first.token);
    const old = await fetchFeed(first.token);
    expect(old.status).toBe(404);
    expect((await old.json()).error.code).toBe("not_found");
    await feedText(second.token);

    const revoked = await callRoute(manage, "DELETE", asSession(athlete));
    expect(revoked.status).toBe(204);
    expect((await fetchFeed(second.token)).status).toBe(404);
    expect((await callRoute(manage, "DELETE", asSession(athlete))).status).toBe(404);
    expect(await (await callRoute(manage, "GET", { token: athlete.token })).json()).toEqual({
      exists: false,
      created_at: null,
      last_used_at: null,
    });
  });

  it("shows each athlete only their own plan", async () => {
    const [one, other] = await Promise.all([testAccount(db, "athlete"), testAccount(db, "athlete")]);
    await planFor(one, "acceleration");
    await planFor(other, "tempo");
    const [oneLink, otherLink] = [await createFeedLink(one), await createFeedLink(other)];
    expect(summaries(await feedText(oneLink.token))).toEqual(["Acceleration"]);
    expect(summaries(await feedText(otherLink.token))).toEqual(["Tempo"]);
  });

  it("answers 404 for a token that was never issued, whatever its shape", async () => {
    for (const token of ["aria_cal_nope", `aria_cal_${"A".repeat(43)}`, "x", "%00", "aria_abc"]) {
      const response = await fetchFeed(token);
      expect(response.status).toBe(404);
      expect((await response.json()).error.code).toBe("not_found");
    }
  });

  it("makes and revokes links only from a browser session, and only for athletes", async () => {
    const [athlete, coach] = await Promise.all([testAccount(db, "athlete"), testAccount(db, "coach")]);
    expect((await callRoute(manage, "POST", { token: athlete.token })).status).toBe(403);
    expect((await callRoute(manage, "POST", asSession(coach))).status).toBe(403);
    expect((await callRoute(manage, "POST", {})).status).toBe(401);
  });
});

describe("the feed's load guard", () => {
  it("answers 429 with Retry-After once one address has fetched more than the limit in its window", async () => {
    const { RATE_LIMITS } = await import("@/lib/rate-limit/policies");
    const headers = { "x-forwarded-for": "198.51.100.77" };
    const fetchFrom = () => callRoute(feed, "GET", { params: { token: "aria_cal_not-a-real-token" }, headers });
    for (let i = 0; i < RATE_LIMITS.calendarFeed.limit; i++) expect((await fetchFrom()).status).toBe(404);
    const limited = await fetchFrom();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    // Another address is counted apart.
    const other = await callRoute(feed, "GET", {
      params: { token: "aria_cal_not-a-real-token" },
      headers: { "x-forwarded-for": "198.51.100.78" },
    });
    expect(other.status).toBe(404);
  });
});
