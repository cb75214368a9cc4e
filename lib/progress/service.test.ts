import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { progressMetrics } from "@/db/schema";
import { cached, cacheKeys } from "@/lib/cache";
import { addDays, dayLabel, todayIn } from "@/lib/core/dates";
import { AppError } from "@/lib/core/errors";
import { getDb } from "@/lib/database";
import { testAccount } from "@/scripts/test/accounts";
import type { TrackMetricInput } from "./schemas";
import { checkMarks, insertMarks, type Writer } from "./service";

let db: Database;
beforeAll(async () => {
  db = await getDb();
});

// UTC−11 and UTC+14: whatever the hour, Kiritimati's date is a day or more ahead of Pago Pago's.
const BEHIND = "Pacific/Pago_Pago";
const AHEAD = "Pacific/Kiritimati";

const writer = async (timezone = "UTC"): Promise<Writer> => ({
  userId: (await testAccount(db, "athlete")).id,
  timezone,
});
const count = async (userId: string) =>
  (
    await db.select({ n: sql<number>`count(*)::int` }).from(progressMetrics).where(eq(progressMetrics.userId, userId))
  )[0]!.n;

const mark = (change: Partial<TrackMetricInput> = {}): TrackMetricInput => ({
  metric: "100m",
  value: 11.2,
  unit: "s",
  date: todayIn("UTC"),
  ...change,
});

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe("validation_error");
  return error as AppError;
}

describe("insertMarks", () => {
  it("stores a batch in input order, flagging as personal bests the marks that are bests once all are stored", async () => {
    const athlete = await writer();
    const today = todayIn("UTC");
    const stored = await insertMarks(db, athlete, [
      mark({ value: 11.0, date: addDays(today, -9) }),
      mark({ value: 10.9, date: addDays(today, -2) }),
      mark({ metric: "squat_1rm", value: 150, unit: "kg", date: addDays(today, -2) }),
      mark({ value: 10.7, wind_mps: 2.5, date: addDays(today, -1) }),
    ]);
    expect(stored.map((m) => [m.metric, m.value, m.is_pb])).toEqual([
      ["100m", 11.0, false],
      ["100m", 10.9, true],
      ["squat_1rm", 150, true],
      ["100m", 10.7, false],
    ]);
    expect(await count(athlete.userId)).toBe(4);
  });

  it("refuses a date after today in the athlete's zone, which may be today elsewhere", async () => {
    const behind = await writer(BEHIND);
    const error = await refusal(insertMarks(db, behind, [mark({ date: todayIn(AHEAD) })]));
    expect(error.fields).toEqual({ "0.date": `must not be in the future (today is ${dayLabel(todayIn(BEHIND))})` });
    expect(await count(behind.userId)).toBe(0);

    const ahead = await writer(AHEAD);
    expect(await insertMarks(db, ahead, [mark({ date: todayIn(AHEAD) })])).toHaveLength(1);
  });

  it("keeps one unit per metric across the stored marks and the batch, and stores none of a refused batch", async () => {
    const athlete = await writer();
    await insertMarks(db, athlete, [mark({ metric: "long_jump", value: 6.1, unit: "m" })]);
    const error = await refusal(
      insertMarks(
        db,
        athlete,
        [
          mark({ metric: "long_jump", value: 612, unit: "cm" }),
          mark({ metric: "vertical_jump", value: 62, unit: "cm" }),
          mark({ metric: "vertical_jump", value: 0.63, unit: "m" }),
        ],
        { fieldOf: (index, field) => `line ${index + 2}.${field}` },
      ),
    );
    expect(error.fields).toEqual({
      "line 2.unit": "must be m, the unit of your earlier long_jump marks",
      "line 4.unit": "must be cm, the unit of your earlier vertical_jump marks",
    });
    expect(await count(athlete.userId)).toBe(1);
  });

  it("applies the schema's rules again to inputs built in code: a race is timed in seconds", async () => {
    const athlete = await writer();
    const error = await refusal(insertMarks(db, athlete, [mark({ unit: "m" })], { fieldOf: (_, field) => field }));
    expect(error.fields).toEqual({ unit: "must be s: a race distance is timed in seconds" });
  });

  it("clears the athlete's cached progress analytics once the marks are stored", async () => {
    const athlete = await writer();
    const key = cacheKeys.progressAnalytics(athlete.userId, "all", 365);
    await cached(key, 600, async () => "stale");
    await insertMarks(db, athlete, [mark()]);
    expect(await cached(key, 600, async () => "fresh")).toBe("fresh");
  });
});

describe("checkMarks", () => {
  it("names what insertMarks would refuse, mark by mark, and writes nothing", async () => {
    const athlete = await writer();
    await insertMarks(db, athlete, [mark({ metric: "squat_1rm", value: 150, unit: "kg" })]);
    const problems = await checkMarks(db, athlete, [
      mark(),
      mark({ date: addDays(todayIn("UTC"), 1) }),
      mark({ metric: "squat_1rm", value: 150, unit: "cm" }),
    ]);
    expect(problems).toEqual([
      {},
      { date: expect.stringContaining("must not be in the future") },
      { unit: "must be kg, the unit of your earlier squat_1rm marks" },
    ]);
    expect(await count(athlete.userId)).toBe(1);
  });
});
