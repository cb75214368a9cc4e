import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { calendarFeeds, users } from "@/db/schema";
import { addDays, todayIn } from "@/lib/core/dates";
import { getDb } from "@/lib/database";
import { createPlans } from "@/lib/plans/service";
import { insertSessions } from "@/lib/training/sessions";
import { createEvent } from "./events";
import { createFeed, feedByToken, feedStatus, renderFeed, revokeFeed } from "./feed";

let db: Database;
beforeAll(async () => {
  db = await getDb();
});

const NOW = new Date("2026-12-02T12:00:00Z");
const TODAY = todayIn("UTC", NOW);

async function newAthlete(name = "Jordan Reyes") {
  const [user] = await db
    .insert(users)
    .values({ email: `${randomUUID()}@test.example`, name, role: "athlete", timezone: "UTC" })
    .returning();
  return user!;
}

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents("vevent").map((component) => new ICAL.Event(component));
  return { calendar, events, byUid: new Map(events.map((event) => [event.uid, event])) };
}

describe("renderFeed", () => {
  it("writes a valid VCALENDAR with the plan as all-day events and competitions at their UTC time", async () => {
    const athlete = await newAthlete();
    const caller = { userId: athlete.id, role: "athlete" as const };
    const [plan] = await createPlans(db, caller, {
      athlete_id: "me",
      date: addDays(TODAY, 2),
      type: "acceleration",
      duration_min: 45,
      rpe: 6,
      reps: "6×30 m, 3 min rest",
      notes: "Stay low",
    });
    const meet = await createEvent(db, athlete.id, {
      title: "County champs",
      type: "competition",
      start: new Date(`${addDays(TODAY, 10)}T14:30:00Z`),
      end: new Date(`${addDays(TODAY, 10)}T18:00:00Z`),
      location: "Lee Valley",
    });
    await createEvent(db, athlete.id, { title: "Camp", type: "training", start: new Date(`${TODAY}T00:00:00Z`) });

    const text = await renderFeed(db, athlete.id, NOW);
    const { calendar, events, byUid } = parse(text);
    expect(calendar.name).toBe("vcalendar");
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstPropertyValue("prodid")).toBe("-//Aria//Training calendar//EN");
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Aria — Jordan's training");
    expect(String(calendar.getFirstPropertyValue("x-published-ttl"))).toBe("PT1H");
    expect(String(calendar.getFirstPropertyValue("refresh-interval"))).toBe("PT1H");
    expect(events).toHaveLength(2); // the training camp is not a competition

    const planned = byUid.get(`plan-${plan!.id}@aria`)!;
    expect(planned.summary).toBe("Acceleration · 45 min · RPE 6");
    expect(planned.description).toBe("6×30 m, 3 min rest\n\nStay low");
    expect(planned.startDate.isDate).toBe(true);
    expect(planned.startDate.toString()).toBe(addDays(TODAY, 2));

    const competition = byUid.get(`event-${meet.id}@aria`)!;
    expect(competition.summary).toBe("County champs");
    expect(competition.location).toBe("Lee Valley");
    expect(competition.startDate.isDate).toBe(false);
    expect(competition.startDate.zone.tzid).toBe("UTC");
    expect(competition.startDate.toJSDate().toISOString()).toBe(`${addDays(TODAY, 10)}T14:30:00.000Z`);
    expect(competition.endDate.toJSDate().toISOString()).toBe(`${addDays(TODAY, 10)}T18:00:00.000Z`);
  });

  it("keeps each event's UID across renders and marks a plan done once a session is linked", async () => {
    const athlete = await newAthlete();
    const caller = { userId: athlete.id, role: "athlete" as const };
    await createPlans(db, caller, { athlete_id: "me", date: addDays(TODAY, -1), type: "tempo" });
    await createPlans(db, caller, { athlete_id: "me", date: addDays(TODAY, 3), type: "max_velocity", rpe: 8 });
    const first = parse(await renderFeed(db, athlete.id, NOW));
    await insertSessions(db, athlete.id, [{ date: addDays(TODAY, -1), type: "tempo", duration_min: 30, rpe: 4 }]);
    const second = parse(await renderFeed(db, athlete.id, new Date(NOW.getTime() + 60_000)));
    expect([...second.byUid.keys()].sort()).toEqual([...first.byUid.keys()].sort());
    const done = second.events.find((event) => event.summary.includes("Tempo"))!;
    expect(done.summary).toBe("✓ Tempo");
    expect(done.description).toBe("Done: logged in Aria.");
  });

  it("shows an all-day competition over its days, end day included", async () => {
    const athlete = await newAthlete();
    await createEvent(db, athlete.id, {
      title: "Nationals",
      type: "competition",
      start: new Date(`${addDays(TODAY, 5)}T00:00:00Z`),
      end: new Date(`${addDays(TODAY, 6)}T00:00:00Z`),
    });
    const [meet] = parse(await renderFeed(db, athlete.id, NOW)).events;
    expect(meet!.startDate.isDate).toBe(true);
    expect(meet!.startDate.toString()).toBe(addDays(TODAY, 5));
    expect(meet!.endDate.toString()).toBe(addDays(TODAY, 7));
  });

  it("escapes commas, semicolons and line breaks, and drops control characters", async () => {
    const athlete = await newAthlete("Zoë; O'Neil, Jr.");
    await createEvent(db, athlete.id, {
      title: "Meet, heats; final\\day",
      type: "competition",
      start: new Date(`${addDays(TODAY, 4)}T09:00:00Z`),
      notes: "Line one\r\nLine two\u0007\u0008 end\u001b", // Postgres text cannot hold NUL
      location: "Track 1,\nLane 4",
    });
    const text = await renderFeed(db, athlete.id, NOW);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: asserting none are left
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f]/);
    expect(text).toContain("SUMMARY:Meet\\, heats\\; final\\\\day");
    const { calendar, events } = parse(text);
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Aria — Zoë;'s training");
    expect(events[0]!.summary).toBe("Meet, heats; final\\day");
    expect(events[0]!.description).toBe("Line one\nLine two end");
    expect(events[0]!.location).toBe("Track 1,\nLane 4");
  });

  it("leaves out plans more than 4 weeks back or 12 weeks ahead", async () => {
    const athlete = await newAthlete();
    const caller = { userId: athlete.id, role: "athlete" as const };
    for (const days of [-29, -28, 84, 85]) {
      await createPlans(db, caller, { athlete_id: "me", date: addDays(TODAY, days), type: "tempo" });
    }
    const dates = parse(await renderFeed(db, athlete.id, NOW)).events.map((event) => event.startDate.toString());
    expect(dates.sort()).toEqual([addDays(TODAY, -28), addDays(TODAY, 84)]);
  });
});

describe("feed tokens", () => {
  it("finds the athlete by token, stores only its hash, and a new feed replaces the old", async () => {
    const athlete = await newAthlete();
    expect(await feedStatus(db, athlete.id)).toEqual({ exists: false, created_at: null, last_used_at: null });
    const first = await createFeed(db, athlete.id, NOW);
    expect(first.token).toMatch(/^aria_cal_[A-Za-z0-9_-]{43}$/);
    const [row] = await db.select().from(calendarFeeds).where(eq(calendarFeeds.userId, athlete.id));
    expect(row!.tokenHash).not.toContain(first.token);
    expect(row!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(await feedByToken(db, first.token, NOW)).toBe(athlete.id);

    const second = await createFeed(db, athlete.id, new Date(NOW.getTime() + 1000));
    expect(await feedByToken(db, first.token)).toBeNull();
    expect(await feedByToken(db, second.token)).toBe(athlete.id);
    expect((await feedStatus(db, athlete.id)).exists).toBe(true);

    await revokeFeed(db, athlete.id);
    expect(await feedByToken(db, second.token)).toBeNull();
    await expect(revokeFeed(db, athlete.id)).rejects.toMatchObject({ code: "not_found" });
  });

  it("records use at most once an hour", async () => {
    const athlete = await newAthlete();
    const { token } = await createFeed(db, athlete.id, NOW);
    await feedByToken(db, token, NOW);
    await feedByToken(db, token, new Date(NOW.getTime() + 30 * 60_000));
    expect((await feedStatus(db, athlete.id)).last_used_at).toBe(NOW.toISOString());
    const later = new Date(NOW.getTime() + 61 * 60_000);
    await feedByToken(db, token, later);
    expect((await feedStatus(db, athlete.id)).last_used_at).toBe(later.toISOString());
  });

  it("does not serve a deactivated account's feed", async () => {
    const athlete = await newAthlete();
    const { token } = await createFeed(db, athlete.id, NOW);
    await db.update(users).set({ active: false }).where(eq(users.id, athlete.id));
    expect(await feedByToken(db, token, NOW)).toBeNull();
  });
});
