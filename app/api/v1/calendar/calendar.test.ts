import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { calendarEvents, coachAthletes } from "@/db/schema";
import { getDb } from "@/lib/database";
import { testAccount } from "@/scripts/test/accounts";
import { callRoute } from "@/scripts/test/api";
import * as one from "./[id]/route";
import * as calendar from "./route";

let db: Database;
beforeAll(async () => {
  db = await getDb();
});

type Account = Awaited<ReturnType<typeof testAccount>>;

/** A short test-name label for a body change: `rpe=0`, `notes="xxxx…"`, `rpe missing`. */
const label = (change: Record<string, unknown>) =>
  Object.entries(change)
    .map(([key, value]) => {
      if (value === undefined) return `${key} missing`;
      const text = JSON.stringify(value);
      return `${key}=${text.length > 40 ? `${text.slice(0, 37)}…` : text}`;
    })
    .join(", ") || "{}";

const valid = (change: Record<string, unknown> = {}) => ({
  title: "County championships",
  type: "competition",
  start: "2026-06-14",
  ...change,
});

const eventCount = async (userId: string) =>
  (await db.select({ n: sql<number>`count(*)::int` }).from(calendarEvents).where(eq(calendarEvents.userId, userId)))[0]!
    .n;

async function addEvent(account: Account, change: Record<string, unknown> = {}) {
  const response = await callRoute(calendar, "POST", { token: account.token, body: valid(change) });
  expect(response.status).toBe(201);
  return (await response.json()).event as { id: string; start: string; end: string | null };
}

describe("POST /api/v1/calendar", () => {
  it("stores an all-day event at 00:00 UTC of its date and answers 201 with it", async () => {
    const athlete = await testAccount(db, "athlete");
    const response = await callRoute(calendar, "POST", {
      token: athlete.token,
      body: valid({ end: "2026-06-15", location: " Lee Valley ", notes: "100 m and 200 m" }),
    });
    expect(response.status).toBe(201);
    expect((await response.json()).event).toEqual({
      id: expect.any(String),
      title: "County championships",
      type: "competition",
      start: "2026-06-14T00:00:00.000Z",
      end: "2026-06-15T00:00:00.000Z",
      location: "Lee Valley",
      notes: "100 m and 200 m",
      created_at: expect.stringMatching(/Z$/),
    });
  });

  it("takes a date and time with a zone as given, with or without seconds; end may equal start", async () => {
    const athlete = await testAccount(db, "athlete");
    const event = await addEvent(athlete, {
      type: "training",
      start: "2026-06-14T18:30+02:00",
      end: "2026-06-14T16:30:00Z",
    });
    expect(event).toMatchObject({ start: "2026-06-14T16:30:00.000Z", end: "2026-06-14T16:30:00.000Z" });
  });

  const EVENT_TIME = "must be a date (YYYY-MM-DD) or a date and time with a zone, e.g. 2026-06-14T18:30:00+02:00";
  for (const [field, change, message] of [
    ["title", { title: "   " }, "is required"],
    ["title", { title: undefined }, "is required"],
    ["title", { title: "t".repeat(201) }, "must be at most 200 characters"],
    ["type", { type: "party" }, "must be one of: competition, training, rest, other"],
    ["type", { type: undefined }, "is required"],
    ["start", { start: undefined }, "is required"],
    ["start", { start: "14/06/2026" }, EVENT_TIME],
    ["start", { start: "2026-06-14T18:30:00" }, EVENT_TIME],
    ["start", { start: "2026-02-30" }, EVENT_TIME],
    ["start", { start: "2026-02-30T10:00:00Z" }, EVENT_TIME],
    ["start", { start: "2026-06-14T24:00:00Z" }, EVENT_TIME],
    ["start", { start: 1781395200000 }, EVENT_TIME],
    ["start", { start: "1899-12-31" }, "must be a date from 1900-01-01 to 2100-12-31"],
    ["end", { end: "2101-01-01" }, "must be a date from 1900-01-01 to 2100-12-31"],
    ["end", { end: "2026-06-13" }, "must not be before start"],
    ["end", { start: "2026-06-14T10:00:00+01:00", end: "2026-06-14T08:59:59Z" }, "must not be before start"],
    ["location", { location: "l".repeat(201) }, "must be at most 200 characters"],
    ["notes", { notes: "n".repeat(2001) }, "must be at most 2000 characters"],
  ] as [string, Record<string, unknown>, unknown][]) {
    it(`refuses a bad ${field} (${label(change)}) with a 400 that names it, and stores nothing`, async () => {
      const athlete = await testAccount(db, "athlete");
      const response = await callRoute(calendar, "POST", { token: athlete.token, body: valid(change) });
      expect(response.status).toBe(400);
      expect((await response.json()).error.fields[field]).toBe(message);
      expect(await eventCount(athlete.id)).toBe(0);
    });
  }
});

describe("GET /api/v1/calendar", () => {
  let athlete: Account;
  let coach: Account;
  beforeAll(async () => {
    [athlete, coach] = await Promise.all([testAccount(db, "athlete"), testAccount(db, "coach")]);
    await db.insert(coachAthletes).values({ coachId: coach.id, athleteId: athlete.id });
    await addEvent(athlete, { title: "Indoor final", start: "2026-03-01T15:00:00Z" });
    await addEvent(athlete, { title: "Training camp", type: "training", start: "2026-02-20", end: "2026-02-27" });
    await addEvent(athlete, { title: "Rest", type: "rest", start: "2026-02-15" });
    await addEvent(athlete, { title: "Late session", type: "training", start: "2026-03-01T23:30:00Z" });
  });

  const list = async (query: Record<string, string> = {}, token = athlete.token) => {
    const response = await callRoute(calendar, "GET", { token, query });
    return { status: response.status, body: await response.json() };
  };
  const titles = (body: { events: { title: string }[] }) => body.events.map((e) => e.title);

  it("lists events in order of start", async () => {
    expect(titles((await list()).body)).toEqual(["Rest", "Training camp", "Indoor final", "Late session"]);
  });

  it("includes an event still running on `from`, and every event starting on `to`", async () => {
    expect(titles((await list({ from: "2026-02-25", to: "2026-03-01" })).body)).toEqual([
      "Training camp",
      "Indoor final",
      "Late session",
    ]);
    expect(titles((await list({ from: "2026-02-28" })).body)).toEqual(["Indoor final", "Late session"]);
    expect(titles((await list({ to: "2026-02-15" })).body)).toEqual(["Rest"]);
    expect(titles((await list({ to: "2026-02-14" })).body)).toEqual([]);
    expect(titles((await list({ limit: "2" })).body)).toEqual(["Rest", "Training camp"]);
  });

  it.each([
    ["limit", { limit: "0" }],
    ["limit", { limit: "501" }],
    ["from", { from: "2026-03-02", to: "2026-03-01" }],
    ["to", { to: "2026-02-30" }],
  ])("refuses a bad %s with a 400 that names it", async (field, query) => {
    const { status, body } = await list(query);
    expect(status).toBe(400);
    expect(body.error.fields).toHaveProperty(field);
  });

  it("lets a linked coach read with user_id; an unlinked coach or another athlete gets 403", async () => {
    const linked = await list({ user_id: athlete.id }, coach.token);
    expect(linked.status).toBe(200);
    expect(linked.body.events).toHaveLength(4);
    const [unlinked, other] = await Promise.all([testAccount(db, "coach"), testAccount(db, "athlete")]);
    expect((await list({ user_id: athlete.id }, unlinked.token)).status).toBe(403);
    expect((await list({ user_id: athlete.id }, other.token)).status).toBe(403);
  });
});

describe("PATCH /api/v1/calendar/{id}", () => {
  it("changes the fields given and can make an event open-ended", async () => {
    const athlete = await testAccount(db, "athlete");
    const event = await addEvent(athlete, { end: "2026-06-15" });
    const patch = (body: unknown) => callRoute(one, "PATCH", { token: athlete.token, params: { id: event.id }, body });
    const moved = await patch({ start: "2026-06-13", title: "Regional championships" });
    expect(moved.status).toBe(200);
    expect((await moved.json()).event).toMatchObject({
      title: "Regional championships",
      start: "2026-06-13T00:00:00.000Z",
      end: "2026-06-15T00:00:00.000Z",
      type: "competition",
    });
    expect((await (await patch({ end: null })).json()).event.end).toBeNull();
  });

  it("checks a new start or end against the stored one, and changes nothing when refused", async () => {
    const athlete = await testAccount(db, "athlete");
    const event = await addEvent(athlete, { end: "2026-06-15" });
    const patch = (body: unknown) => callRoute(one, "PATCH", { token: athlete.token, params: { id: event.id }, body });
    for (const body of [{ start: "2026-06-16" }, { end: "2026-06-13" }, { start: "2026-06-14", end: "2026-06-13" }]) {
      const response = await patch(body);
      expect(response.status).toBe(400);
      expect((await response.json()).error.fields).toEqual({ end: "must not be before start" });
    }
    for (const [body, field] of [
      [{}, "body"],
      [{ type: "gala" }, "type"],
      [{ title: "" }, "title"],
    ] as const) {
      const response = await patch(body);
      expect(response.status).toBe(400);
      expect((await response.json()).error.fields).toHaveProperty(field);
    }
    const [stored] = await db.select().from(calendarEvents).where(eq(calendarEvents.id, event.id));
    expect(stored?.startsAt.toISOString()).toBe("2026-06-14T00:00:00.000Z");
    expect(stored?.endsAt?.toISOString()).toBe("2026-06-15T00:00:00.000Z");
    expect(stored?.title).toBe("County championships");
  });

  it("answers 404 for another athlete's event or an unknown id, and 403 for a coach", async () => {
    const [athlete, other, coach] = await Promise.all([
      testAccount(db, "athlete"),
      testAccount(db, "athlete"),
      testAccount(db, "coach"),
    ]);
    await db.insert(coachAthletes).values({ coachId: coach.id, athleteId: athlete.id });
    const event = await addEvent(athlete);
    const patch = (token: string, id = event.id) =>
      callRoute(one, "PATCH", { token, params: { id }, body: { title: "Hijacked" } });
    expect((await patch(other.token)).status).toBe(404);
    expect((await patch(athlete.token, randomUUID())).status).toBe(404);
    expect((await patch(athlete.token, "42")).status).toBe(404);
    expect((await patch(coach.token)).status).toBe(403);
    const [stored] = await db.select().from(calendarEvents).where(eq(calendarEvents.id, event.id));
    expect(stored?.title).toBe("County championships");
  });
});

describe("DELETE /api/v1/calendar/{id}", () => {
  it("deletes the athlete's own event; another athlete gets 404 and the event stays", async () => {
    const [athlete, other] = await Promise.all([testAccount(db, "athlete"), testAccount(db, "athlete")]);
    const event = await addEvent(athlete);
    expect((await callRoute(one, "DELETE", { token: other.token, params: { id: event.id } })).status).toBe(404);
    expect(await eventCount(athlete.id)).toBe(1);
    expect((await callRoute(one, "DELETE", { token: athlete.token, params: { id: event.id } })).status).toBe(204);
    expect(await eventCount(athlete.id)).toBe(0);
    expect((await callRoute(one, "DELETE", { token: athlete.token, params: { id: event.id } })).status).toBe(404);
  });
});
