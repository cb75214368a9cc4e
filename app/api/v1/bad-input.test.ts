import { randomUUID } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import {
  apiTokens,
  athleteProfiles,
  calendarEvents,
  checkIns,
  coachAthletes,
  coachNotes,
  conversations,
  goals,
  injuries,
  messages,
  nutritionLogs,
  painLogs,
  progressMetrics,
  trainingSessions,
  users,
  wellnessLogs,
} from "@/db/schema";
import type { CheckInType } from "@/lib/core/domain";
import { getDb } from "@/lib/database";
import { TEST_PASSWORD, testAccount } from "@/scripts/test/accounts";
import { callRoute, type Method } from "@/scripts/test/api";
import * as chat from "../chat/route";
import * as analyze from "./ai/analyze/[user_id]/route";
import * as schedule from "./ai/checkins/schedule/[user_id]/route";
import * as recommend from "./ai/drills/recommend/[user_id]/route";
import * as goalsAnalyze from "./ai/goals/analyze/[user_id]/route";
import * as patterns from "./ai/patterns/[user_id]/route";
import * as generate from "./ai/suggestions/generate/[user_id]/route";
import * as ask from "./aria/ask/route";
import * as register from "./auth/register/route";
import * as token from "./auth/token/route";
import * as oneEvent from "./calendar/[id]/route";
import * as calendar from "./calendar/route";
import * as respond from "./check-ins/[id]/respond/route";
import * as coachNotesRoute from "./coach/athletes/[id]/notes/route";
import * as drillsRoute from "./drills/route";
import * as oneGoal from "./goals/[id]/route";
import * as goalsRoute from "./goals/route";
import * as importFile from "./import/[kind]/route";
import * as pain from "./injuries/[id]/pain/route";
import * as oneInjury from "./injuries/[id]/route";
import * as injuriesRoute from "./injuries/route";
import * as profile from "./me/profile/route";
import * as nutrition from "./nutrition/route";
import * as oneMetric from "./progress/metrics/[id]/route";
import * as track from "./progress/track/route";
import * as oneSession from "./sessions/[id]/route";
import * as sessions from "./sessions/route";
import * as wellness from "./wellness/route";

/**
 * Bad input is a 400 that names the field, never a 500, and changes nothing (PRODUCT 9). PostgreSQL refuses a NUL
 * in a text column, so a NUL that got past validation used to fail the write as a server error.
 *
 * To cover a new write route, add a row to TEXT_ROUTES: its module, a valid body, and every free-text field in it.
 */

let db: Database;
type Account = Awaited<ReturnType<typeof testAccount>>;

interface Fixtures {
  athlete: Account;
  coach: Account;
  sessionId: string;
  metricId: string;
  goalId: string;
  injuryId: string;
  eventId: string;
  checkInIds: Record<CheckInType, string>;
  email: string;
}
let f: Fixtures;

interface TextRoute {
  name: string;
  module: Record<string, unknown>;
  method: Method;
  /** Who calls: the athlete, their linked coach, or nobody signed in. */
  as: "athlete" | "coach" | "anonymous";
  params?: () => Record<string, string>;
  /** A body the route would accept; each field is then replaced by text holding a control character. */
  body: () => Record<string, unknown>;
  /** Paths of the free-text fields, `reps.0.note` into arrays. */
  fields: string[];
  /** Where the text goes and the field the error names, when not the path itself (a cell of a CSV file). */
  place?: (field: string, text: string) => { body: Record<string, unknown>; errorField: string; message?: RegExp };
  /** Everything the route could have written, read before and after the refused call. */
  state: () => Promise<unknown>;
}

const rowsOf = {
  sessions: () => db.select().from(trainingSessions).where(eq(trainingSessions.userId, f.athlete.id)),
  marks: () => db.select().from(progressMetrics).where(eq(progressMetrics.userId, f.athlete.id)),
  goals: () => db.select().from(goals).where(eq(goals.userId, f.athlete.id)),
  injuries: () => db.select().from(injuries).where(eq(injuries.userId, f.athlete.id)),
  pain: () => db.select().from(painLogs).where(eq(painLogs.injuryId, f.injuryId)),
  wellness: () => db.select().from(wellnessLogs).where(eq(wellnessLogs.userId, f.athlete.id)),
  nutrition: () => db.select().from(nutritionLogs).where(eq(nutritionLogs.userId, f.athlete.id)),
  calendar: () => db.select().from(calendarEvents).where(eq(calendarEvents.userId, f.athlete.id)),
  checkIns: () => db.select().from(checkIns).where(eq(checkIns.userId, f.athlete.id)),
  coachNotes: () => db.select().from(coachNotes).where(eq(coachNotes.athleteId, f.athlete.id)),
  // Only what a profile edit writes: signing in moves last_active_at, which no edit is about.
  profile: async () => ({
    user: await db.select({ name: users.name, timezone: users.timezone }).from(users).where(eq(users.id, f.athlete.id)),
    profile: await db.select().from(athleteProfiles).where(eq(athleteProfiles.userId, f.athlete.id)),
  }),
  tokens: () => db.select().from(apiTokens).where(eq(apiTokens.userId, f.athlete.id)),
  chat: async () => {
    const own = await db.select().from(conversations).where(eq(conversations.userId, f.athlete.id));
    const ids = own.map((c) => c.id);
    return {
      own,
      messages: ids.length ? await db.select().from(messages).where(inArray(messages.conversationId, ids)) : [],
    };
  },
};

/**
 * Text in a cell of an imported file, refused by line and column; a NUL byte is refused for the whole file, which
 * then cannot be UTF-8 text (a UTF-16 export reads as letters between NULs).
 */
const csvPlace = (header: string, row: (cell: string) => string) => (field: string, text: string) => ({
  body: { csv: `${header}\n${row(`"${text.replaceAll('"', '""')}"`)}\n` },
  ...(text.includes("\u0000") ? { errorField: "csv", message: /NUL bytes/ } : { errorField: `line 2.${field}` }),
});

const TEXT_ROUTES: TextRoute[] = [
  {
    name: "POST /api/v1/sessions",
    module: sessions,
    method: "POST",
    as: "athlete",
    body: () => ({ date: "2026-11-20", type: "tempo", duration_min: 40, rpe: 5, reps: [{ reps: 2, distance_m: 60 }] }),
    fields: ["notes", "reps.0.note"],
    state: rowsOf.sessions,
  },
  {
    name: "PATCH /api/v1/sessions/{id}",
    module: oneSession,
    method: "PATCH",
    as: "athlete",
    params: () => ({ id: f.sessionId }),
    body: () => ({ rpe: 6, reps: [{ reps: 3 }] }),
    fields: ["notes", "reps.0.note"],
    state: rowsOf.sessions,
  },
  {
    name: "POST /api/v1/progress/track",
    module: track,
    method: "POST",
    as: "athlete",
    body: () => ({ metric: "100m", value: 11.5, date: "2026-11-20" }),
    fields: ["notes"],
    state: rowsOf.marks,
  },
  {
    name: "PATCH /api/v1/progress/metrics/{id}",
    module: oneMetric,
    method: "PATCH",
    as: "athlete",
    params: () => ({ id: f.metricId }),
    body: () => ({ value: 11.4 }),
    fields: ["notes"],
    state: rowsOf.marks,
  },
  {
    name: "POST /api/v1/goals",
    module: goalsRoute,
    method: "POST",
    as: "athlete",
    body: () => ({
      title: "Sub 11.2",
      metric: "100m",
      baseline_value: 11.5,
      target_value: 11.2,
      target_date: "2027-06-01",
    }),
    fields: ["title"],
    state: rowsOf.goals,
  },
  {
    name: "PATCH /api/v1/goals/{id}",
    module: oneGoal,
    method: "PATCH",
    as: "athlete",
    params: () => ({ id: f.goalId }),
    body: () => ({ target_date: "2027-07-01" }),
    fields: ["title"],
    state: rowsOf.goals,
  },
  {
    name: "POST /api/v1/injuries",
    module: injuriesRoute,
    method: "POST",
    as: "athlete",
    body: () => ({ body_part: "left calf", severity: "mild", onset_date: "2026-11-20" }),
    fields: ["body_part", "notes"],
    state: rowsOf.injuries,
  },
  {
    name: "PATCH /api/v1/injuries/{id}",
    module: oneInjury,
    method: "PATCH",
    as: "athlete",
    params: () => ({ id: f.injuryId }),
    body: () => ({ status: "recovering" }),
    fields: ["notes"],
    state: rowsOf.injuries,
  },
  {
    name: "POST /api/v1/injuries/{id}/pain",
    module: pain,
    method: "POST",
    as: "athlete",
    params: () => ({ id: f.injuryId }),
    body: () => ({ level: 3, date: "2026-11-21" }),
    fields: ["notes"],
    state: rowsOf.pain,
  },
  {
    name: "POST /api/v1/wellness",
    module: wellness,
    method: "POST",
    as: "athlete",
    body: () => ({ date: "2026-11-20", sleep: 2, stress: 2, fatigue: 3, soreness: 2 }),
    fields: ["notes"],
    state: rowsOf.wellness,
  },
  {
    name: "POST /api/v1/nutrition",
    module: nutrition,
    method: "POST",
    as: "athlete",
    body: () => ({ date: "2026-11-20", meal: "lunch", kcal: 700 }),
    fields: ["description"],
    state: rowsOf.nutrition,
  },
  {
    name: "POST /api/v1/calendar",
    module: calendar,
    method: "POST",
    as: "athlete",
    body: () => ({ title: "Club meet", type: "competition", start: "2026-12-20" }),
    fields: ["title", "location", "notes"],
    state: rowsOf.calendar,
  },
  {
    name: "PATCH /api/v1/calendar/{id}",
    module: oneEvent,
    method: "PATCH",
    as: "athlete",
    params: () => ({ id: f.eventId }),
    body: () => ({ type: "training" }),
    fields: ["title", "location", "notes"],
    state: rowsOf.calendar,
  },
  {
    name: "POST /api/v1/check-ins/{id}/respond (weekly review)",
    module: respond,
    method: "POST",
    as: "athlete",
    params: () => ({ id: f.checkInIds.weekly_review }),
    body: () => ({ rating: 4 }),
    fields: ["highlight", "next_focus"],
    state: rowsOf.checkIns,
  },
  {
    name: "POST /api/v1/check-ins/{id}/respond (morning motivation)",
    module: respond,
    method: "POST",
    as: "athlete",
    params: () => ({ id: f.checkInIds.morning_motivation }),
    body: () => ({ mood: 4 }),
    fields: ["note"],
    state: rowsOf.checkIns,
  },
  {
    name: "POST /api/v1/coach/athletes/{id}/notes",
    module: coachNotesRoute,
    method: "POST",
    as: "coach",
    params: () => ({ id: f.athlete.id }),
    body: () => ({ target_type: "session", target_id: f.sessionId, body: "Relaxed shoulders" }),
    fields: ["body"],
    state: rowsOf.coachNotes,
  },
  {
    name: "POST /api/v1/aria/ask",
    module: ask,
    method: "POST",
    as: "athlete",
    body: () => ({ message: "How was my week?" }),
    fields: ["message"],
    state: rowsOf.chat,
  },
  {
    name: "POST /api/chat",
    module: chat,
    method: "POST",
    as: "athlete",
    body: () => ({}),
    fields: ["message"],
    place: (_field, text) => ({
      body: { id: randomUUID(), messages: [{ role: "user", parts: [{ type: "text", text }] }] },
      errorField: "message",
    }),
    state: rowsOf.chat,
  },
  {
    name: "POST /api/v1/import/sessions",
    module: importFile,
    method: "POST",
    as: "athlete",
    params: () => ({ kind: "sessions" }),
    body: () => ({}),
    fields: ["notes"],
    place: csvPlace("date,type,duration_min,rpe,notes", (text) => `2026-11-20,tempo,40,5,${text}`),
    state: rowsOf.sessions,
  },
  {
    name: "POST /api/v1/import/time-trials",
    module: importFile,
    method: "POST",
    as: "athlete",
    params: () => ({ kind: "time-trials" }),
    body: () => ({}),
    fields: ["notes"],
    place: csvPlace("date,metric,value,notes", (text) => `2026-11-20,100m,11.6,${text}`),
    state: rowsOf.marks,
  },
  {
    name: "PUT /api/v1/me/profile",
    module: profile,
    method: "PUT",
    as: "athlete",
    body: () => ({ experience_years: 4 }),
    fields: ["name"],
    state: rowsOf.profile,
  },
  {
    name: "POST /api/v1/auth/register",
    module: register,
    method: "POST",
    as: "anonymous",
    body: () => ({ email: f.email, password: TEST_PASSWORD, name: "Ada Sprinter", role: "athlete" }),
    fields: ["name"],
    state: () => db.select().from(users).where(eq(users.email, f.email)),
  },
  {
    name: "POST /api/v1/auth/token",
    module: token,
    method: "POST",
    as: "anonymous",
    body: () => ({ email: f.athlete.email, password: TEST_PASSWORD, token_name: "Watch" }),
    fields: ["token_name"],
    state: rowsOf.tokens,
  },
];

/** A deep copy of `body` with `value` at `path` ("reps.0.note"). */
function withValue(body: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(body);
  const keys = path.split(".");
  let node: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys.at(-1)!] = value;
  return copy;
}

const CONTROL_CHARACTERS = [
  ["a NUL", "\u0000"],
  ["an ESC (another C0 character)", "\u001b"],
] as const;

/** The rows the table's routes edit or answer, owned by `athlete`, whose linked coach is `coach`. */
async function fixturesFor(athlete: Account, coach: Account): Promise<Fixtures> {
  const userId = athlete.id;
  await db.insert(coachAthletes).values({ coachId: coach.id, athleteId: userId });
  const [[session], [metric], [goal], [injury], [event], due] = await Promise.all([
    db
      .insert(trainingSessions)
      .values({ userId, date: "2026-11-18", type: "tempo", durationMin: 40, rpe: 5 })
      .returning(),
    db
      .insert(progressMetrics)
      .values({ userId, metric: "100m", value: 11.6, unit: "s", date: "2026-11-18" })
      .returning(),
    db
      .insert(goals)
      .values({
        userId,
        title: "Sub 11.3",
        metric: "100m",
        baselineValue: 11.6,
        targetValue: 11.3,
        targetDate: "2027-06-01",
      })
      .returning(),
    db
      .insert(injuries)
      .values({ userId, bodyPart: "right hamstring", severity: "mild", onsetDate: "2026-11-10" })
      .returning(),
    db
      .insert(calendarEvents)
      .values({ userId, title: "Indoor opener", type: "competition", startsAt: new Date("2027-01-10T00:00:00Z") })
      .returning(),
    db
      .insert(checkIns)
      .values(
        (["weekly_review", "morning_motivation"] as const).map((type) => ({
          userId,
          type,
          scheduledFor: new Date(Date.now() - 3_600_000),
        })),
      )
      .returning(),
  ]);
  return {
    athlete,
    coach,
    sessionId: session!.id,
    metricId: metric!.id,
    goalId: goal!.id,
    injuryId: injury!.id,
    eventId: event!.id,
    checkInIds: Object.fromEntries(due.map((c) => [c.type, c.id])) as Record<CheckInType, string>,
    email: `sprinter-${randomUUID()}@test.example`,
  };
}

const callerOf = (route: TextRoute) => (route.as === "anonymous" ? undefined : f[route.as].token);

beforeAll(async () => {
  db = await getDb();
  const [athlete, coach] = await Promise.all([testAccount(db, "athlete"), testAccount(db, "coach")]);
  f = await fixturesFor(athlete, coach);
});

describe("a control character in any text field is a 400 naming the field, and nothing changes", () => {
  const cases = TEXT_ROUTES.flatMap((route) =>
    route.fields.flatMap((field) => CONTROL_CHARACTERS.map(([label, char]) => ({ route, field, label, char }))),
  );

  it.each(cases.map((c) => [c.route.name, c.field, c.label, c]))("%s: %s with %s", async (_n, _f, _l, c) => {
    const { route, field, char } = c;
    const text = `Felt quick${char} today`;
    const {
      body,
      errorField,
      message = /control characters/,
    } = route.place?.(field, text) ?? {
      body: withValue(route.body(), field, text),
      errorField: field,
    };
    const before = await route.state();
    const response = await callRoute(route.module, route.method, {
      token: callerOf(route),
      params: route.params?.(),
      body,
    });
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe("validation_error");
    expect(error.fields).toMatchObject({ [errorField]: expect.stringMatching(message) });
    expect(await route.state()).toEqual(before);
  });

  it("accepts every body of the table without the control character, so each refusal above is the character's", async () => {
    const saved = f;
    // A fresh athlete and fixtures, so that the rows the cases above compare stay as they were.
    f = await fixturesFor(await testAccount(db, "athlete"), saved.coach);
    try {
      // The chat routes would go on to the model; their valid input is covered by the Aria suites.
      for (const route of TEXT_ROUTES.filter((r) => r.module !== ask && r.module !== chat)) {
        const { body } = route.place?.(route.fields[0]!, "Felt quick today") ?? { body: route.body() };
        const response = await callRoute(route.module, route.method, {
          token: callerOf(route),
          params: route.params?.(),
          body,
        });
        expect(response.status, `${route.name}: ${await response.clone().text()}`).toBeLessThan(300);
      }
    } finally {
      f = saved;
    }
  });
});

describe("a control character in a query's text is a 400, not a 500", () => {
  it.each(CONTROL_CHARACTERS)("GET /api/v1/drills?q= with %s", async (_label, char) => {
    const response = await callRoute(drillsRoute, "GET", { token: f.athlete.token, query: { q: `a-skip${char}` } });
    expect(response.status).toBe(400);
    expect((await response.json()).error.fields).toEqual({ q: "must not contain control characters" });
  });
});

describe("as_of lies within 1900-01-01 … 2100-12-31 on every analysis route", () => {
  const ANALYSIS_ROUTES = [
    ["POST /api/v1/ai/analyze/{user_id}", analyze, "POST"],
    ["GET /api/v1/ai/patterns/{user_id}", patterns, "GET"],
    ["POST /api/v1/ai/goals/analyze/{user_id}", goalsAnalyze, "POST"],
    ["POST /api/v1/ai/drills/recommend/{user_id}", recommend, "POST"],
    ["POST /api/v1/ai/checkins/schedule/{user_id}", schedule, "POST"],
    ["POST /api/v1/ai/suggestions/generate/{user_id}", generate, "POST"],
  ] as const;

  const call = (module: Record<string, unknown>, method: Method, asOf: string) =>
    callRoute(module, method, { token: f.athlete.token, params: { user_id: "me" }, query: { as_of: asOf } });

  it.each(
    ANALYSIS_ROUTES.flatMap(([name, module, method]) =>
      ["9999-12-31", "1899-12-31", "2101-01-01"].map((d) => [name, d, module, method] as const),
    ),
  )("%s?as_of=%s is a 400 naming as_of", async (_name, asOf, module, method) => {
    const response = await call(module, method, asOf);
    expect(response.status).toBe(400);
    expect((await response.json()).error.fields).toEqual({ as_of: "must be a date from 1900-01-01 to 2100-12-31" });
  });

  it.each(
    ANALYSIS_ROUTES.flatMap(([name, module, method]) =>
      ["1900-01-01", "2100-12-31"].map((d) => [name, d, module, method] as const),
    ),
  )("%s?as_of=%s is answered", async (_name, asOf, module, method) => {
    const response = await call(module, method, asOf);
    expect(response.status).toBe(200);
  });
});
