import { describe, expect, it } from "vitest";
import { compliance, mondayOf } from "@/lib/analysis/compliance";
import { dailyLoads, loadSummary } from "@/lib/analysis/load";
import { hooperIndex } from "@/lib/analysis/sprint";
import { readSprintProfiles, type SprintReading } from "@/lib/analysis/sprint-profile";
import { generateSuggestions } from "@/lib/analysis/suggestions";
import type { AthleteInput } from "@/lib/analysis/types";
import { addDays, daysBetween, isoDate, todayIn } from "@/lib/core/dates";
import {
  CALENDAR_EVENT_TYPES,
  MEALS,
  MILESTONES,
  SESSION_TYPES,
  SUGGESTION_TYPES,
  type SuggestionType,
} from "@/lib/core/domain";
import { buildDemoData, type DemoData } from "@/lib/seed/build";
import { DEMO_ATHLETES } from "@/lib/seed/demo";
import { DEMO_ACCOUNTS, DEMO_COACH_EMAIL } from "@/lib/seed/demo-accounts";
import { DEMO_GATES_M } from "@/lib/seed/sprint-tests";
import { fitFields } from "@/lib/sprint-profiles/service";

// The rows of each demo athlete run through the real analysis engine (lib/analysis), as of the athlete's own local
// date at the seed instant, as the app reads them. Windows are inclusive day ranges ending on that date: "last 7
// days" is today−6 … today.

// Early, middle and late in a UTC day, when the squad's zones (New York to Sydney) straddle two or three dates; in
// northern winter (Sydney on daylight time) and northern summer (New York, London and Lisbon on daylight time);
// and just after Europe's clocks go forward.
const INSTANTS = [
  "2026-11-24T00:30:00Z",
  "2026-11-24T13:30:00Z",
  "2026-11-24T23:30:00Z",
  "2027-03-28T01:30:00Z",
  "2027-07-01T03:30:00Z",
  "2027-07-01T13:30:00Z",
  "2027-07-01T23:30:00Z",
].map((iso) => new Date(iso));
const HASH = "$2b$10$demo-hash-for-tests";
const DAY_MS = 86_400_000;

const daysAgo = (today: string, date: string) => daysBetween(date, today);

const required = <T>(value: T | null | undefined, what: string): T => {
  if (value == null) throw new Error(`demo row without ${what}`);
  return value;
};

const userOf = (data: DemoData, email: string) =>
  required(
    data.users.find((u) => u.email === email),
    `user ${email}`,
  );

/** The athlete's own local date at `now`: the "today" the app reads their data as of. */
const localToday = (data: DemoData, email: string, now: Date) =>
  todayIn(required(userOf(data, email).timezone, "timezone"), now);

/** The wall-clock hour and minute of an instant in a zone, e.g. "19:00". */
const wallClock = (instant: Date, timeZone: string) =>
  new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(instant);
/** One athlete's demo rows as the engine's input; insert-shaped rows only need their column defaults filled in. */
function athleteInput(data: DemoData, userId: string): AthleteInput {
  const user = required(
    data.users.find((u) => u.id === userId),
    "user",
  );
  const profile = data.athleteProfiles.find((p) => p.userId === userId);
  const own = <T extends { userId: string }>(rows: T[]) => rows.filter((row) => row.userId === userId);
  return {
    userId,
    timezone: user.timezone ?? "UTC",
    experienceYears: profile?.experienceYears,
    birthDate: profile?.birthDate,
    sex: profile?.sex,
    sessions: own(data.trainingSessions),
    injuries: own(data.injuries).map((i) => ({
      ...i,
      id: required(i.id, "injury id"),
      side: i.side ?? "none",
      status: i.status ?? "active",
    })),
    painLogs: own(data.painLogs),
    metrics: own(data.progressMetrics).map((m) => ({ ...m, unit: m.unit ?? "s" })),
    wellness: own(data.wellnessLogs),
    goals: own(data.goals).map((g) => ({ ...g, id: required(g.id, "goal id"), status: g.status ?? "active" })),
    achievements: own(data.achievements),
    calendar: own(data.calendarEvents),
  };
}

function figures(data: DemoData, email: string, today: string) {
  const user = data.users.find((u) => u.email === email);
  if (!user?.id) throw new Error(`no user ${email}`);
  const userId = user.id;
  const input = athleteInput(data, userId);
  const sessions = data.trainingSessions.filter((s) => s.userId === userId);
  const within = (days: number) => (s: { date: string }) => {
    const ago = daysAgo(today, s.date);
    return ago >= 0 && ago < days;
  };
  const last7 = sessions.filter(within(7));
  const last14 = sessions.filter(within(14));
  const last28 = sessions.filter(within(28));

  const load = loadSummary(input.sessions, today);
  // The engine's monotony uses the population SD; the sample SD is checked too, so the design holds either way.
  const week = dailyLoads(input.sessions, addDays(today, -6), today).map((d) => d.load);
  const mean = week.reduce((a, b) => a + b, 0) / week.length;
  const squares = week.reduce((a, b) => a + (b - mean) ** 2, 0);
  const monotonySample = squares > 0 ? mean / Math.sqrt(squares / (week.length - 1)) : 0;

  const logged = (row: { userId: string; date: string }) => row.userId === userId && daysAgo(today, row.date) >= 0;
  const metrics = data.progressMetrics.filter(logged);
  const lastMetricAgo = Math.min(...metrics.map((m) => daysAgo(today, m.date)));
  const wellness = data.wellnessLogs.filter(logged).sort((a, b) => b.date.localeCompare(a.date));
  const latest = wellness[0];
  const hooper = latest ? hooperIndex(latest) : null;

  const injuries = data.injuries.filter((i) => i.userId === userId);
  const painOf = (injuryId: string | undefined) =>
    data.painLogs
      .filter((p) => p.injuryId === injuryId && logged(p))
      .sort((a, b) => b.date.localeCompare(a.date))
      .map((p) => p.level);

  return {
    userId,
    sessions,
    injuries,
    painOf,
    count7: last7.length,
    count14: last14.length,
    count28: last28.length,
    last7,
    last14,
    acwr: load.acwr ?? 0,
    monotonyPop: load.monotony ?? 0,
    monotonySample,
    highRpe7: last7.filter((s) => s.rpe >= 8).length,
    avgRpe7: last7.length ? last7.reduce((a, s) => a + s.rpe, 0) / last7.length : 0,
    negativeMood28: last28.filter((s) => s.mood != null && s.mood <= 2).length,
    types14: new Set(last14.map((s) => s.type)).size,
    lastMetricAgo,
    hooper,
    raised: new Set<SuggestionType>(generateSuggestions(input, today).map((s) => s.type)),
  };
}

const athlete = (name: string) => {
  const found = DEMO_ATHLETES.find((a) => a.name.startsWith(name));
  if (!found) throw new Error(`no demo athlete ${name}`);
  return found;
};

/** An athlete's figures as of their own local date at `now`. */
const figuresAt = (data: DemoData, email: string, now: Date) => figures(data, email, localToday(data, email, now));

/** An athlete's timed sprints, fitted as the sprint profile service fits them when the seed stores them, and read. */
function sprintReading(data: DemoData, email: string): { dates: string[]; reading: SprintReading } {
  const userId = userOf(data, email).id;
  const inputs = data.sprintTests.filter((t) => t.userId === userId).flatMap((t) => t.inputs);
  const points = inputs.map((input) => {
    const fitted = fitFields(input);
    if (!fitted.ok) throw new Error(`${email} ${input.date}: ${fitted.error.message}`);
    const { mss, mac, tau, timeCorrection_s } = fitted.profile;
    return { date: input.date, mss, mac, tau, start: input.start, time_correction_s: timeCorrection_s };
  });
  return { dates: inputs.map((i) => i.date), reading: required(readSprintProfiles(points), `${email}'s reading`) };
}

/** The athlete's rows that carry the story, dated in days before their local date (ids and instants left out). */
function story(data: DemoData, email: string, now: Date) {
  const { id: userId } = userOf(data, email);
  const today = localToday(data, email, now);
  const dated = <T extends { userId: string; date: string }>(rows: T[], pick: (row: T) => unknown) =>
    rows.filter((r) => r.userId === userId).map((r) => [daysAgo(today, r.date), pick(r)]);
  return {
    sessions: dated(data.trainingSessions, (s) => [s.type, s.durationMin, s.rpe, s.mood, s.notes, s.reps]),
    wellness: dated(data.wellnessLogs, (w) => [w.sleep, w.stress, w.fatigue, w.soreness]),
    metrics: dated(data.progressMetrics, (m) => [m.metric, m.value, m.timing, m.windMps]),
    pain: dated(data.painLogs, (p) => p.level),
    injuries: data.injuries
      .filter((i) => i.userId === userId)
      .map((i) => [i.bodyPart, i.status, daysAgo(today, i.onsetDate)]),
    goals: data.goals
      .filter((g) => g.userId === userId)
      .map((g) => [g.title, g.currentValue, g.progressPct, g.status, daysBetween(today, g.targetDate)]),
  };
}

describe("buildDemoData", () => {
  it("is deterministic: the same instant gives the same rows, ids included", () => {
    for (const now of INSTANTS.slice(0, 2)) {
      expect(buildDemoData(now, HASH)).toEqual(buildDemoData(new Date(now.getTime()), HASH));
    }
  });

  it("rejects an invalid instant", () => {
    expect(() => buildDemoData(new Date(Number.NaN), HASH)).toThrow();
    expect(() => buildDemoData(new Date("not a date"), HASH)).toThrow();
  });

  it("lists every suggestion type between the athletes", () => {
    const union = new Set(DEMO_ATHLETES.flatMap((a) => a.expectedSuggestions));
    expect([...union].sort()).toEqual([...SUGGESTION_TYPES].sort());
    expect(athlete("Priya").expectedSuggestions).toEqual([]);
  });

  it("offers a demo login for the coach and for each athlete of the squad, under the same names", () => {
    const data = buildDemoData(INSTANTS[0] ?? new Date(), HASH);
    const logins = DEMO_ACCOUNTS.map((a) => [a.email, a.name, a.role]).sort();
    expect(logins).toEqual(data.users.map((u) => [u.email, u.name, u.role]).sort());
  });

  it("anchors each athlete's history to their own local date at the instant, not to the UTC date", () => {
    const latest = (data: DemoData, email: string, key: "trainingSessions" | "wellnessLogs") => {
      const { id } = userOf(data, email);
      return (data[key] as { userId: string; date: string }[])
        .filter((row) => row.userId === id)
        .map((row) => row.date)
        .sort()
        .at(-1);
    };
    // 13:30 UTC on 24 November is already 00:30 on the 25th in Sydney; 00:30 UTC is still the 23rd in New York.
    const afternoon = buildDemoData(new Date("2026-11-24T13:30:00Z"), HASH);
    expect(latest(afternoon, athlete("Amara").email, "wellnessLogs")).toBe("2026-11-25");
    expect(latest(afternoon, athlete("Jordan").email, "wellnessLogs")).toBe("2026-11-24");
    const night = buildDemoData(new Date("2026-11-24T00:30:00Z"), HASH);
    expect(latest(night, athlete("Amara").email, "wellnessLogs")).toBe("2026-11-24");
    expect(latest(night, athlete("Jordan").email, "wellnessLogs")).toBe("2026-11-23");
    // Days from each athlete's last session to their today, as their stories have it.
    const lastSession: Record<string, number> = { Jordan: 1, Amara: 0, Leo: 2, Sofia: 0, Marcus: 9, Priya: 0 };
    for (const now of INSTANTS) {
      const data = buildDemoData(now, HASH);
      for (const a of DEMO_ATHLETES) {
        const today = localToday(data, a.email, now);
        const days = required(lastSession[a.name.split(" ")[0] ?? ""], `${a.name}'s last session`);
        expect(latest(data, a.email, "trainingSessions"), `${a.name} at ${now.toISOString()}`).toBe(
          addDays(today, -days),
        );
      }
    }
  });

  it("places every time of day through the person's zone, daylight saving included", () => {
    for (const now of INSTANTS) {
      const data = buildDemoData(now, HASH);
      for (const user of data.users) {
        const timezone = required(user.timezone, "timezone");
        const today = todayIn(timezone, now);
        const own = (row: { userId: string }) => row.userId === user.id;
        // Sessions are logged at 19:00 local, wellness at 07:30, on every day before today.
        for (const s of data.trainingSessions.filter((row) => own(row) && row.date < today)) {
          expect(wallClock(required(s.createdAt, "createdAt"), timezone)).toBe("19:00");
        }
        for (const w of data.wellnessLogs.filter((row) => own(row) && row.date < today)) {
          expect(wallClock(required(w.createdAt, "createdAt"), timezone)).toBe("07:30");
        }
      }
      const jordan = userOf(data, athlete("Jordan").email);
      const physio = data.calendarEvents.find((e) => e.userId === jordan.id && e.title.startsWith("Physio review"));
      expect(wallClock(required(physio, "physio review").startsAt, "America/New_York")).toBe("16:00");
      const meeting = data.calendarEvents.find((e) => e.title === "Squad planning meeting");
      expect(wallClock(required(meeting, "meeting").startsAt, "Europe/London")).toBe("18:00");
    }
    // The same 16:00 in New York is 21:00 UTC in winter and 20:00 UTC in summer.
    const physioUtcHour = (now: Date) => {
      const data = buildDemoData(now, HASH);
      const jordan = userOf(data, athlete("Jordan").email);
      const physio = data.calendarEvents.find((e) => e.userId === jordan.id && e.title.startsWith("Physio review"));
      return required(physio, "physio review").startsAt.getUTCHours();
    };
    expect(physioUtcHour(new Date("2026-11-24T13:30:00Z"))).toBe(21);
    expect(physioUtcHour(new Date("2027-07-01T13:30:00Z"))).toBe(20);
  });

  it("tells every athlete's story identically at every instant, Amara's ACWR included", () => {
    const [first, ...rest] = INSTANTS.map((now) => ({ now, data: buildDemoData(now, HASH) }));
    if (!first) throw new Error("no instant");
    for (const a of DEMO_ATHLETES) {
      const expected = story(first.data, a.email, first.now);
      const { raised, acwr } = figuresAt(first.data, a.email, first.now);
      for (const { now, data } of rest) {
        expect(story(data, a.email, now), `${a.name} at ${now.toISOString()}`).toEqual(expected);
        const f = figuresAt(data, a.email, now);
        expect(f.acwr, `${a.name} at ${now.toISOString()}`).toBe(acwr);
        expect(f.raised).toEqual(raised);
      }
    }
  });

  it("tells the same 7-day plan compliance for every athlete at every instant, with the gaps of each story", () => {
    // [planned, done, planned load, done load]: Jordan skips one easy day and sprints on two; Amara does everything
    // and three times the load; Leo misses the sprints; Sofia does it all at her one load; Marcus nothing; Priya
    // moves one session.
    const expected: Record<string, [number, number, number, number]> = {
      Jordan: [6, 5, 1180, 1345],
      Amara: [7, 7, 1640, 5090],
      Leo: [3, 2, 680, 385],
      Sofia: [6, 6, 1940, 2520],
      Marcus: [5, 0, 1940, 0],
      Priya: [5, 4, 1640, 1475],
    };
    for (const now of INSTANTS) {
      const data = buildDemoData(now, HASH);
      for (const a of DEMO_ATHLETES) {
        const { id } = userOf(data, a.email);
        const figures = compliance(
          data.plannedSessions
            .filter((p) => p.userId === id)
            .map((p) => ({
              date: p.date,
              durationMin: p.durationMin ?? null,
              rpe: p.rpe ?? null,
              sessionId: p.sessionId ?? null,
            })),
          data.trainingSessions
            .filter((s) => s.userId === id)
            .map((s) => ({ id: required(s.id, "session id"), durationMin: s.durationMin, rpe: s.rpe })),
          localToday(data, a.email, now),
          7,
        );
        expect(
          [figures.planned, figures.done, figures.planned_load, figures.done_load],
          `${a.name} at ${now.toISOString()}`,
        ).toEqual(expected[a.name.split(" ")[0] ?? ""]);
      }
    }
  });

  it("keeps Amara's ACWR at the 1.7 Aria quotes to her (the chat journey checks it)", () => {
    for (const now of INSTANTS) {
      const data = buildDemoData(now, HASH);
      const quoted = Math.round(figuresAt(data, athlete("Amara").email, now).acwr * 100) / 100;
      expect(quoted).toBeGreaterThanOrEqual(1.7);
      expect(quoted).toBeLessThan(1.8);
    }
  });

  it("keeps the designed suggestions as of the UTC date, for a reader that ignores the athlete's zone", () => {
    for (const now of INSTANTS) {
      const data = buildDemoData(now, HASH);
      for (const a of DEMO_ATHLETES) {
        expect([...figures(data, a.email, isoDate(now)).raised].sort(), `${a.name} at ${now.toISOString()}`).toEqual(
          [...a.expectedSuggestions].sort(),
        );
      }
    }
  });

  describe.each(INSTANTS.map((now) => [now.toISOString(), now] as const))("at %s", (_label, now) => {
    const data = buildDemoData(now, HASH);
    const todayOf = (email: string) => localToday(data, email, now);

    it("has one coach linked to six athletes, all with the password hash", () => {
      const coaches = data.users.filter((u) => u.role === "coach");
      const athletes = data.users.filter((u) => u.role === "athlete");
      expect(coaches).toHaveLength(1);
      expect(coaches[0]).toMatchObject({ email: DEMO_COACH_EMAIL, name: "Maya Okafor", timezone: "Europe/London" });
      expect(athletes.map((a) => a.email).sort()).toEqual(DEMO_ATHLETES.map((a) => a.email).sort());
      expect(athletes.map((a) => a.name).sort()).toEqual(DEMO_ATHLETES.map((a) => a.name).sort());
      expect(data.users.every((u) => u.passwordHash === HASH && u.active === true)).toBe(true);
      expect(new Set(athletes.map((a) => a.timezone)).size).toBeGreaterThanOrEqual(4);
      expect(data.coachAthletes).toHaveLength(6);
      expect(data.coachAthletes.every((l) => l.coachId === coaches[0]?.id)).toBe(true);
      expect(new Set(data.coachAthletes.map((l) => l.athleteId))).toEqual(new Set(athletes.map((a) => a.id)));
      expect(data.athleteProfiles.map((p) => p.userId).sort()).toEqual(athletes.map((a) => a.id).sort());
      for (const a of athletes) expect(a.email).toMatch(/^[a-z]+@aria\.example$/);
    });

    it("gives every row a unique UUID and points every foreign key at a row", () => {
      const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
      const tables = Object.entries(data).filter(
        ([key]) => key !== "athleteProfiles" && key !== "coachAthletes" && key !== "sprintTests",
      );
      const all: string[] = [];
      for (const [, rows] of tables) {
        const ids = (rows as { id?: string }[]).map((r) => r.id ?? "");
        expect(ids.every((id) => uuid.test(id))).toBe(true);
        expect(new Set(ids).size).toBe(ids.length);
        all.push(...ids);
      }
      expect(new Set(all).size).toBe(all.length);

      const userIds = new Set(data.users.map((u) => u.id));
      const goalIds = new Set(data.goals.map((g) => g.id));
      const injuryIds = new Set(data.injuries.map((i) => i.id));
      for (const key of Object.keys(data) as (keyof DemoData)[]) {
        for (const row of data[key] as Record<string, unknown>[]) {
          for (const field of ["userId", "coachId", "athleteId"]) {
            if (field in row) expect(userIds.has(row[field] as string)).toBe(true);
          }
        }
      }
      expect(data.achievements.every((a) => goalIds.has(a.goalId))).toBe(true);
      expect(data.painLogs.every((p) => injuryIds.has(p.injuryId))).toBe(true);
      // The user on a child row is the owner of its parent.
      const goalOwner = new Map(data.goals.map((g) => [g.id, g.userId]));
      const injuryOwner = new Map(data.injuries.map((i) => [i.id, i.userId]));
      expect(data.achievements.every((a) => goalOwner.get(a.goalId) === a.userId)).toBe(true);
      expect(data.painLogs.every((p) => injuryOwner.get(p.injuryId) === p.userId)).toBe(true);
      const emails = data.users.map((u) => u.email.toLowerCase());
      expect(new Set(emails).size).toBe(emails.length);
    });

    it("spans 12 weeks of history ending on each athlete's today, with nothing logged in the future", () => {
      const ages = DEMO_ATHLETES.flatMap((a) => {
        const today = todayOf(a.email);
        return figures(data, a.email, today).sessions.map((s) => daysAgo(today, s.date));
      });
      expect(Math.max(...ages)).toBe(83);
      expect(Math.min(...ages)).toBe(0);
      for (const a of DEMO_ATHLETES) {
        const today = todayOf(a.email);
        const { userId } = figures(data, a.email, today);
        for (const key of [
          "trainingSessions",
          "wellnessLogs",
          "progressMetrics",
          "painLogs",
          "nutritionLogs",
        ] as const) {
          const rows = (data[key] as { userId: string; date: string }[]).filter((r) => r.userId === userId);
          for (const row of rows) expect(daysAgo(today, row.date)).toBeGreaterThanOrEqual(0);
          for (const row of rows) expect(daysAgo(today, row.date)).toBeLessThan(84);
        }
        const f = figures(data, a.email, today);
        const weeks = new Set(f.sessions.map((s) => Math.floor(daysAgo(today, s.date) / 7)));
        // Marcus has logged nothing for the last 9 days; everyone else trains in each of the 12 weeks.
        expect(weeks.size).toBeGreaterThanOrEqual(a.name.startsWith("Marcus") ? 11 : 12);
      }
      // Whatever was logged carries a time no later than the seed instant, so never in the future.
      const stamps = [
        ...data.users.flatMap((u) => [u.lastActiveAt, u.createdAt]),
        ...data.coachAthletes.map((l) => l.createdAt),
        ...data.achievements.map((a) => a.awardedAt),
        ...data.goals.flatMap((g) => [g.achievedAt, g.createdAt]),
        ...data.injuries.map((i) => i.createdAt),
        ...(["trainingSessions", "wellnessLogs", "progressMetrics", "painLogs", "nutritionLogs"] as const).flatMap(
          (key) => data[key].map((row) => row.createdAt),
        ),
      ].filter((t): t is Date => t instanceof Date);
      expect(stamps.length).toBeGreaterThan(data.trainingSessions.length);
      expect(stamps.every((t) => t.getTime() <= now.getTime())).toBe(true);
    });

    it("respects every CHECK constraint of the schema", () => {
      const int = (v: unknown, lo: number, hi: number) =>
        Number.isInteger(v) && (v as number) >= lo && (v as number) <= hi;
      for (const s of data.trainingSessions) {
        expect(SESSION_TYPES).toContain(s.type);
        expect(int(s.durationMin, 30, 120)).toBe(true);
        expect(int(s.rpe, 1, 10)).toBe(true);
        expect(s.mood == null || int(s.mood, 1, 5)).toBe(true);
        expect(s.notes?.length).toBeGreaterThan(0);
      }
      for (const w of data.wellnessLogs) {
        for (const v of [w.sleep, w.stress, w.fatigue, w.soreness]) expect(int(v, 1, 7)).toBe(true);
      }
      const wellnessDays = data.wellnessLogs.map((w) => `${w.userId} ${w.date}`);
      expect(new Set(wellnessDays).size).toBe(wellnessDays.length);
      for (const m of data.progressMetrics) {
        expect(m.value).toBeGreaterThan(0);
        expect(m.timing == null || m.timing === "fat" || m.timing === "hand").toBe(true);
        expect(m.unit).toBeTruthy();
      }
      const todayOfUser = new Map(data.users.map((u) => [u.id, todayIn(required(u.timezone, "timezone"), now)]));
      for (const g of data.goals) {
        expect(g.baselineValue).not.toBe(g.targetValue);
        expect(g.progressPct).toBeGreaterThanOrEqual(0);
        expect(g.progressPct).toBeLessThanOrEqual(100);
        expect(["active", "achieved", "abandoned"]).toContain(g.status);
        expect(g.targetDate > required(todayOfUser.get(g.userId), "owner's today")).toBe(true);
      }
      for (const a of data.achievements) expect(MILESTONES).toContain(a.milestone);
      const pairs = data.achievements.map((a) => `${a.goalId} ${a.milestone}`);
      expect(new Set(pairs).size).toBe(pairs.length);
      for (const i of data.injuries) {
        expect(["left", "right", "both", "none"]).toContain(i.side);
        expect(["mild", "moderate", "severe"]).toContain(i.severity);
        expect(["active", "recovering", "resolved"]).toContain(i.status);
        expect(i.resolvedDate == null || i.resolvedDate >= i.onsetDate).toBe(true);
        expect(i.status === "resolved").toBe(i.resolvedDate != null);
      }
      for (const p of data.painLogs) expect(int(p.level, 0, 10)).toBe(true);
      for (const e of data.calendarEvents) {
        expect(CALENDAR_EVENT_TYPES).toContain(e.type);
        expect(e.endsAt == null || e.endsAt.getTime() >= e.startsAt.getTime()).toBe(true);
      }
      for (const n of data.nutritionLogs) {
        expect(MEALS).toContain(n.meal);
        for (const v of [n.kcal, n.proteinG, n.carbsG, n.fatG, n.hydrationMl]) expect(v ?? 0).toBeGreaterThanOrEqual(0);
      }
      for (const p of data.athleteProfiles) {
        expect(p.experienceYears ?? 0).toBeGreaterThanOrEqual(0);
        expect(["female", "male", "other", null, undefined]).toContain(p.sex);
      }
    });

    it("plans each athlete's last week and this week for the coach, done days linked to that day's own sessions", () => {
      const coach = required(
        data.users.find((u) => u.role === "coach"),
        "coach",
      );
      const sessionsById = new Map(data.trainingSessions.map((s) => [s.id, s]));
      const linked = data.plannedSessions.map((p) => p.sessionId).filter((id): id is string => id != null);
      expect(new Set(linked).size).toBe(linked.length);
      for (const a of DEMO_ATHLETES) {
        const { id } = userOf(data, a.email);
        const today = todayOf(a.email);
        const monday = mondayOf(today);
        const plans = data.plannedSessions.filter((p) => p.userId === id);
        for (const p of plans) {
          expect(p.date >= addDays(monday, -7) && p.date <= addDays(monday, 6)).toBe(true);
          expect(p.plannedBy).toBe(coach.id);
          expect(SESSION_TYPES).toContain(p.type);
          expect(p.durationMin ?? 0).toBeGreaterThanOrEqual(1);
          expect(p.durationMin ?? 0).toBeLessThanOrEqual(600);
          expect(p.rpe ?? 0).toBeGreaterThanOrEqual(1);
          expect(p.rpe ?? 0).toBeLessThanOrEqual(10);
          expect(p.reps?.length).toBeGreaterThan(0);
          if (p.sessionId == null) continue;
          const session = required(sessionsById.get(p.sessionId), "linked session");
          expect([session.userId, session.date]).toEqual([id, p.date]);
        }
        // Both weeks are planned whatever the weekday; past days are done or missed, later days still ahead.
        expect(plans.some((p) => p.date < monday)).toBe(true);
        expect(plans.some((p) => p.date >= monday)).toBe(true);
        expect(plans.filter((p) => p.date > today).every((p) => p.sessionId == null)).toBe(true);
        const past = plans.filter((p) => p.date < today);
        if (a.name.startsWith("Marcus")) {
          expect(past.filter((p) => p.date >= addDays(today, -6)).every((p) => p.sessionId == null)).toBe(true);
        } else {
          expect(past.some((p) => p.sessionId != null)).toBe(true);
        }
      }
    });

    it("keeps goals, progress and achievements consistent (PRODUCT.md 4.4)", () => {
      expect(data.goals.length).toBeGreaterThanOrEqual(6);
      for (const a of DEMO_ATHLETES) {
        const userId = data.users.find((u) => u.email === a.email)?.id;
        const count = data.goals.filter((g) => g.userId === userId).length;
        expect(count).toBeGreaterThanOrEqual(1);
        expect(count).toBeLessThanOrEqual(3);
      }
      for (const g of data.goals) {
        const current = g.currentValue ?? g.baselineValue;
        const raw = (current - g.baselineValue) / (g.targetValue - g.baselineValue);
        const expected = Math.min(100, Math.max(0, raw * 100));
        expect(Math.abs((g.progressPct ?? 0) - expected)).toBeLessThan(0.06);
        const milestones = data.achievements
          .filter((a) => a.goalId === g.id)
          .map((a) => a.milestone)
          .sort((x, y) => x - y);
        expect(milestones).toEqual(MILESTONES.filter((m) => m <= (g.progressPct ?? 0)));
        expect(g.status === "achieved").toBe((g.progressPct ?? 0) >= 100);
        expect(g.achievedAt != null).toBe(g.status === "achieved");
      }
      expect(data.achievements.length).toBeGreaterThanOrEqual(8);
    });

    it("counts goal marks by the engine's sprint rules: wind-aided marks never, hand times as FAT", () => {
      const goalOf = (name: string, metric: string) => {
        const { userId } = figures(data, athlete(name).email, todayOf(athlete(name).email));
        return required(
          data.goals.find((g) => g.userId === userId && g.metric === metric),
          `${name}'s ${metric} goal`,
        );
      };
      // Jordan's wind-aided 10.41 and hand-timed 10.4 (10.64 as FAT) both lose to his legal 10.49.
      expect(goalOf("Jordan", "100m")).toMatchObject({ currentValue: 10.49, progressPct: 67.86, status: "active" });
      // Amara's wind-aided 24.74 does not count; her legal 24.79 does.
      expect(goalOf("Amara", "200m").currentValue).toBe(24.79);
      expect(goalOf("Priya", "100m")).toMatchObject({ currentValue: 12.58, progressPct: 100, status: "achieved" });
    });

    it("has time trials with wind and hand times, upcoming competitions and nutrition", () => {
      const marks = data.progressMetrics;
      expect(marks.some((m) => m.timing === "hand")).toBe(true);
      expect(marks.filter((m) => m.windMps != null).length).toBeGreaterThanOrEqual(5);
      expect(marks.some((m) => (m.windMps ?? 0) > 2.0)).toBe(true);
      const jordan = userOf(data, athlete("Jordan").email).id;
      const jordan100 = marks.filter((m) => m.userId === jordan && m.metric === "100m").map((m) => m.value);
      expect(Math.min(...jordan100)).toBeGreaterThanOrEqual(10.4);
      expect(Math.max(...jordan100)).toBeLessThanOrEqual(10.7);

      for (const a of DEMO_ATHLETES) {
        const userId = userOf(data, a.email).id;
        const upcoming = data.calendarEvents.filter(
          (e) =>
            e.userId === userId &&
            e.type === "competition" &&
            e.startsAt.getTime() >= now.getTime() + 13 * DAY_MS &&
            e.startsAt.getTime() <= now.getTime() + 57 * DAY_MS,
        );
        expect(upcoming.length).toBeGreaterThanOrEqual(1);
        // Meets are on Saturdays, in the athlete's own calendar.
        const timezone = required(userOf(data, a.email).timezone, "timezone");
        for (const e of upcoming) {
          expect(new Intl.DateTimeFormat("en-GB", { timeZone: timezone, weekday: "long" }).format(e.startsAt)).toBe(
            "Saturday",
          );
        }
      }
      expect(data.calendarEvents.some((e) => e.startsAt.getTime() < now.getTime())).toBe(true);
      expect(new Set(data.calendarEvents.map((e) => e.type))).toEqual(new Set(CALENDAR_EVENT_TYPES));

      const eaters = new Set(data.nutritionLogs.map((n) => n.userId));
      expect(eaters.size).toBe(3);
      for (const userId of eaters) {
        const logs = data.nutritionLogs.filter((n) => n.userId === userId);
        const days = new Set(logs.map((n) => n.date));
        expect(days.size).toBe(14);
        for (const day of days) {
          const kcal = logs.filter((n) => n.date === day).reduce((sum, n) => sum + (n.kcal ?? 0), 0);
          expect(kcal).toBeGreaterThan(1800);
          expect(kcal).toBeLessThan(4000);
        }
      }
    });

    it("raises exactly each athlete's expected suggestions as of their own today", () => {
      for (const a of DEMO_ATHLETES) {
        expect([...figuresAt(data, a.email, now).raised].sort(), a.name).toEqual([...a.expectedSuggestions].sort());
      }
    });

    it("Jordan trained on his active hamstring strain and his pain is rising above 5", () => {
      const today = todayOf(athlete("Jordan").email);
      const f = figures(data, athlete("Jordan").email, today);
      const [injury] = f.injuries;
      expect(injury).toMatchObject({ bodyPart: "hamstring", side: "right", severity: "moderate", status: "active" });
      expect(daysAgo(today, injury?.onsetDate ?? "")).toBe(5);
      const after = f.last7.filter((s) => s.date > (injury?.onsetDate ?? "") && s.type !== "recovery");
      expect(after.some((s) => s.type === "max_velocity" || s.type === "acceleration")).toBe(true);
      const pain = f.painOf(injury?.id);
      expect(pain[0]).toBeGreaterThan(5);
      expect(pain.slice(0, 3)).toEqual([7, 6, 4]);
      expect(f.highRpe7).toBeLessThan(3);
      expect(f.acwr).toBeLessThanOrEqual(1.5);
    });

    it("Amara is overloaded", () => {
      const today = todayOf(athlete("Amara").email);
      const f = figures(data, athlete("Amara").email, today);
      expect(f.count28).toBeGreaterThan(24);
      for (let w = 0; w < 4; w++) {
        const inWeek = f.sessions.filter((s) => Math.floor(daysAgo(today, s.date) / 7) === w);
        expect(inWeek.length).toBeGreaterThanOrEqual(7);
      }
      expect(f.acwr).toBeGreaterThan(1.5);
      expect(f.highRpe7).toBeGreaterThanOrEqual(3);
      expect(f.avgRpe7).toBeGreaterThanOrEqual(8);
      expect(f.hooper).toBeGreaterThan(12);
      expect(f.negativeMood28).toBeLessThan(5);
    });

    it("Leo trains rarely, only technique lately, and has no recent metric", () => {
      const f = figuresAt(data, athlete("Leo").email, now);
      expect(f.count28).toBeGreaterThanOrEqual(4);
      expect(f.count28).toBeLessThanOrEqual(8);
      expect(f.count28 / 4).toBeLessThan(3);
      expect(f.count7).toBeGreaterThan(0);
      expect(f.count14).toBeGreaterThanOrEqual(3);
      expect(new Set(f.last14.map((s) => s.type))).toEqual(new Set(["technique"]));
      expect(f.lastMetricAgo).toBeGreaterThan(30);
      expect(f.acwr).toBeLessThanOrEqual(1.5);
    });

    it("Sofia's ankle is improving but her week is monotonous", () => {
      const today = todayOf(athlete("Sofia").email);
      const f = figures(data, athlete("Sofia").email, today);
      const [injury] = f.injuries;
      expect(injury).toMatchObject({ bodyPart: "ankle", side: "left", status: "recovering" });
      expect(daysAgo(today, injury?.onsetDate ?? "")).toBeGreaterThanOrEqual(32);
      const [a = 0, b = 0, c = 0] = f.painOf(injury?.id);
      expect(a < b && b < c).toBe(true);
      expect(f.count7).toBe(6);
      expect(f.monotonyPop).toBeGreaterThan(2.3);
      expect(f.monotonySample).toBeGreaterThan(2.2);
      expect(f.count28).toBeLessThanOrEqual(24);
      expect(f.acwr).toBeLessThan(1.5);
      expect(f.highRpe7).toBeLessThan(3);
    });

    it("Marcus went quiet after a run of low-mood sessions, nine days ago", () => {
      const today = todayOf(athlete("Marcus").email);
      const f = figures(data, athlete("Marcus").email, today);
      expect(f.count7).toBe(0);
      expect(Math.min(...f.sessions.map((s) => daysAgo(today, s.date)))).toBe(9);
      expect(f.negativeMood28).toBeGreaterThanOrEqual(5);
      expect(f.count28 / 4).toBeGreaterThanOrEqual(3);
      const userId = f.userId;
      for (const key of ["wellnessLogs", "progressMetrics", "painLogs", "nutritionLogs"] as const) {
        const rows = (data[key] as { userId: string; date: string }[]).filter((r) => r.userId === userId);
        expect(rows.every((r) => daysAgo(today, r.date) >= 9)).toBe(true);
      }
    });

    it("gives every athlete three sprint profiles over the season, timed the same way, none in the future", () => {
      for (const a of DEMO_ATHLETES) {
        const today = todayOf(a.email);
        const { userId } = figures(data, a.email, today);
        const tests = data.sprintTests.filter((t) => t.userId === userId).flatMap((t) => t.inputs);
        expect(tests, a.name).toHaveLength(3);
        expect(tests.every((t) => daysAgo(today, t.date) >= 0 && daysAgo(today, t.date) < 84)).toBe(true);
        expect(
          new Set(tests.map((t) => `${t.start}:${t.time_correction_s}:${t.body_mass_kg}:${t.height_m}`)).size,
        ).toBe(1);
        for (const t of tests) {
          expect(t.distances_m).toEqual([...DEMO_GATES_M]);
          expect(t.times_s).toEqual(t.times_s.map((time) => Math.round(time * 100) / 100));
        }
      }
      // Marcus went quiet nine days ago: his last test is before that.
      const marcus = athlete("Marcus").email;
      expect(Math.min(...sprintReading(data, marcus).dates.map((d) => daysAgo(todayOf(marcus), d)))).toBeGreaterThan(9);
      // Jordan's last test came before the hamstring strain five days ago.
      const jordan = athlete("Jordan").email;
      expect(Math.min(...sprintReading(data, jordan).dates.map((d) => daysAgo(todayOf(jordan), d)))).toBeGreaterThan(5);
      // Leo has tested nothing in the last month, like his other marks.
      const leo = athlete("Leo").email;
      expect(Math.min(...sprintReading(data, leo).dates.map((d) => daysAgo(todayOf(leo), d)))).toBeGreaterThan(30);
    });

    it.each([
      // Jordan: acceleration came on through the autumn; top speed held, so it is his focus.
      ["Jordan", "up", "flat", "top_speed"],
      // Amara: the overload shows at both ends of the sprint.
      ["Amara", "down", "down", "both"],
      // Leo: young and growing into his stride, top speed up; his acceleration has not followed.
      ["Leo", "flat", "up", "acceleration"],
      // Sofia: top speed back after the ankle sprain, the push out of the start not yet.
      ["Sofia", "down", "flat", "acceleration"],
      // Marcus: detraining through a month of flat sessions.
      ["Marcus", "down", "down", "both"],
      // Priya: her technique work shows at the start.
      ["Priya", "up", "flat", "top_speed"],
    ] as const)(
      "reads %s's profiles as the story tells: acceleration %s, top speed %s, focus %s",
      (name, mac, mss, focus) => {
        const { reading } = sprintReading(data, athlete(name).email);
        expect(reading.mac?.direction).toBe(mac);
        expect(reading.mss?.direction).toBe(mss);
        expect(reading.focus).toBe(focus);
        const word = { up: "improved", down: "dropped", flat: "has not moved" } as const;
        expect(reading.summary).toMatch(new RegExp(`^Your acceleration ${word[mac]} .*; top speed ${word[mss]}`));
      },
    );

    it("Priya is the model athlete", () => {
      const f = figuresAt(data, athlete("Priya").email, now);
      expect(f.count28 / 4).toBeGreaterThanOrEqual(4);
      expect(f.count28 / 4).toBeLessThanOrEqual(5);
      expect(f.types14).toBeGreaterThanOrEqual(4);
      expect(f.acwr).toBeGreaterThanOrEqual(0.8);
      expect(f.acwr).toBeLessThanOrEqual(1.3);
      expect(f.sessions.every((s) => s.rpe >= 4 && s.rpe <= 8)).toBe(true);
      expect(f.sessions.every((s) => (s.mood ?? 3) >= 3)).toBe(true);
      expect(f.lastMetricAgo).toBeLessThanOrEqual(7);
      expect(f.injuries.filter((i) => i.status !== "resolved")).toEqual([]);
      const goals = data.goals.filter((g) => g.userId === f.userId);
      expect(goals.some((g) => g.status === "achieved")).toBe(true);
    });
  });
});
