import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SESSION_TYPES } from "@/lib/core/domain";
import { acuteLoad, acwrZone, chronicLoad, dailyLoads, loadSeries, loadSummary, monotonyOf, sessionLoad } from "./load";
import { AS_OF, ago, session } from "./test-support";

const LAMBDA_A = 2 / 8;
const LAMBDA_C = 2 / 29;

describe("sessionLoad", () => {
  it("is RPE × minutes (Foster sRPE)", () => {
    expect(sessionLoad({ rpe: 7, durationMin: 60 })).toBe(420);
    expect(sessionLoad({ rpe: 10, durationMin: 1 })).toBe(10);
  });

  it("counts a broken row as 0 rather than poisoning the sums", () => {
    expect(sessionLoad({ rpe: Number.NaN, durationMin: 60 })).toBe(0);
    expect(sessionLoad({ rpe: -3, durationMin: 60 })).toBe(0);
    expect(sessionLoad({ rpe: 5, durationMin: Number.POSITIVE_INFINITY })).toBe(0);
  });
});

describe("dailyLoads", () => {
  it("sums several sessions of a day and gives rest days 0", () => {
    const sessions = [
      session(2, { rpe: 5, durationMin: 60 }),
      session(2, { rpe: 8, durationMin: 30 }),
      session(0, { rpe: 4, durationMin: 50 }),
      session(5, { rpe: 9, durationMin: 90 }),
    ];
    expect(dailyLoads(sessions, ago(3), AS_OF)).toEqual([
      { date: ago(3), load: 0 },
      { date: ago(2), load: 300 + 240 },
      { date: ago(1), load: 0 },
      { date: ago(0), load: 200 },
    ]);
  });
});

describe("acute and chronic loads", () => {
  it("sums day −6 but not day −7 into the acute (7-day) load", () => {
    const sessions = [
      session(0, { rpe: 5, durationMin: 20 }),
      session(6, { rpe: 5, durationMin: 40 }),
      session(7, { rpe: 5, durationMin: 80 }),
    ];
    expect(acuteLoad(sessions, AS_OF)).toBe(100 + 200);
  });

  it("averages the last 28 days per week for the chronic load (day −27 in, day −28 out)", () => {
    const sessions = [
      session(0, { rpe: 5, durationMin: 20 }),
      session(27, { rpe: 5, durationMin: 60 }),
      session(28, { rpe: 10, durationMin: 100 }),
    ];
    expect(chronicLoad(sessions, AS_OF)).toBe((100 + 300) / 4);
  });

  it("ignores sessions dated after as-of", () => {
    expect(acuteLoad([session(-1, { rpe: 9, durationMin: 90 })], AS_OF)).toBe(0);
    expect(loadSummary([session(-1)], AS_OF).acwr).toBeNull();
  });
});

describe("EWMA and ACWR", () => {
  it("starts both averages from 0 on the first logged day and decays them on rest days", () => {
    const series = loadSeries([session(2, { rpe: 5, durationMin: 20 })], AS_OF);
    const today = series[series.length - 1]!;
    expect(today.date).toBe(AS_OF);
    // Day −2: 100 × λ; then two rest days multiply by (1 − λ) each.
    expect(today.acuteEwma).toBeCloseTo(100 * LAMBDA_A * (1 - LAMBDA_A) ** 2, 10);
    expect(today.chronicEwma).toBeCloseTo(100 * LAMBDA_C * (1 - LAMBDA_C) ** 2, 10);
    expect(today.acwr).toBeNull();
  });

  it("gives the closed form of a constant daily load once 28 days of history exist", () => {
    const sessions = Array.from({ length: 28 }, (_, i) => session(i, { rpe: 6, durationMin: 50 }));
    const summary = loadSummary(sessions, AS_OF);
    // Constant L from 0: EWMA after n days is L (1 − (1 − λ)^n).
    const acute = 300 * (1 - (1 - LAMBDA_A) ** 28);
    const chronic = 300 * (1 - (1 - LAMBDA_C) ** 28);
    expect(summary.acuteEwma).toBeCloseTo(acute, 9);
    expect(summary.chronicEwma).toBeCloseTo(chronic, 9);
    expect(summary.acwr).toBeCloseTo(acute / chronic, 12);
    // 0.75^28 ≈ 0.00032 and (27/29)^28 ≈ 0.13522, so ≈ 0.99968 / 0.86478.
    expect(summary.acwr).toBeCloseTo(1.156, 3);
    expect(summary.acwrZone).toBe("sweet_spot");
  });

  it("withholds the ratio while the history is shorter than the 28-day chronic window", () => {
    const sessions27 = Array.from({ length: 27 }, (_, i) => session(i, { rpe: 6, durationMin: 50 }));
    expect(loadSummary(sessions27, AS_OF).acwr).toBeNull();
    expect(loadSummary(sessions27, AS_OF).acwrZone).toBeNull();
    // One more day of history at the start (a rest-day-free 28th day) makes it available.
    expect(loadSummary([...sessions27, session(27, { rpe: 6, durationMin: 50 })], AS_OF).acwr).not.toBeNull();
  });

  it("counts history from the first session even when the recent month is empty", () => {
    const summary = loadSummary([session(60, { rpe: 8, durationMin: 90 })], AS_OF);
    expect(summary.acwr).not.toBeNull();
    expect(summary.acwr).toBeGreaterThanOrEqual(0);
    expect(summary.acwr).toBeLessThan(0.01);
  });

  it("flags a spike: 4 quiet weeks then a hard week puts the ratio above 1.5", () => {
    const quiet = Array.from({ length: 28 }, (_, i) => session(i + 7, { rpe: 4, durationMin: 30 }));
    const hard = Array.from({ length: 7 }, (_, i) => session(i, { rpe: 9, durationMin: 90 }));
    const summary = loadSummary([...quiet, ...hard], AS_OF);
    expect(summary.acwr).toBeGreaterThan(1.5);
    expect(summary.acwrZone).toBe("danger");
  });

  it("has no ACWR, zero loads and no monotony without any data", () => {
    expect(loadSummary([], AS_OF)).toEqual({
      acute: 0,
      chronic: 0,
      acuteEwma: 0,
      chronicEwma: 0,
      acwr: null,
      acwrZone: null,
      monotony: null,
      strain: null,
    });
  });

  it("charts at least the last 28 days, or from the first session when it is older", () => {
    const empty = loadSeries([], AS_OF);
    expect(empty).toHaveLength(28);
    expect(empty[0]?.date).toBe(ago(27));
    expect(empty.every((p) => p.load === 0 && p.acwr === null)).toBe(true);
    const long = loadSeries([session(40)], AS_OF);
    expect(long).toHaveLength(41);
    expect(long[0]).toMatchObject({ date: ago(40), load: 300 });
  });

  it("starting the series earlier with rest days changes nothing", () => {
    const sessions = [session(10, { rpe: 7, durationMin: 60 }), session(3, { rpe: 5, durationMin: 40 })];
    const short = loadSeries(sessions, AS_OF);
    const long = loadSeries([...sessions, { ...session(80), durationMin: 0 }], AS_OF);
    expect(long[long.length - 1]?.acuteEwma).toBeCloseTo(short[short.length - 1]!.acuteEwma, 12);
    expect(long[long.length - 1]?.chronicEwma).toBeCloseTo(short[short.length - 1]!.chronicEwma, 12);
  });
});

describe("acwrZone", () => {
  it.each([
    [0, "low"],
    [0.79, "low"],
    [0.8, "sweet_spot"],
    [1.3, "sweet_spot"],
    [1.31, "elevated"],
    [1.5, "elevated"],
    [1.5000001, "danger"],
    [3, "danger"],
  ] as const)("puts %f in %s", (acwr, zone) => {
    expect(acwrZone(acwr)).toBe(zone);
  });

  it("has no zone without a ratio", () => {
    expect(acwrZone(null)).toBeNull();
    expect(acwrZone(Number.NaN)).toBeNull();
  });
});

describe("monotony and strain", () => {
  it("is exactly 2 for daily loads 100…700 (mean 400, population SD 200)", () => {
    expect(monotonyOf([100, 200, 300, 400, 500, 600, 700])).toBe(2);
  });

  it("is √6 for six equal days and one rest day (mean 6x/7, SD x√6/7)", () => {
    expect(monotonyOf([420, 420, 420, 0, 420, 420, 420])).toBeCloseTo(Math.sqrt(6), 12);
  });

  it("is null, not raised, when every day has the same load (SD 0)", () => {
    expect(monotonyOf([300, 300, 300, 300, 300, 300, 300])).toBeNull();
    expect(monotonyOf([0, 0, 0, 0, 0, 0, 0])).toBeNull();
    expect(monotonyOf([])).toBeNull();
  });

  it("uses the last 7 days with rest days as 0, and strain = weekly load × monotony", () => {
    const sessions = [1, 2, 3, 4, 5, 6, 7].map((k, i) => session(i, { rpe: 5, durationMin: 20 * k }));
    const summary = loadSummary(sessions, AS_OF);
    expect(summary.monotony).toBe(2);
    expect(summary.strain).toBe(2800 * 2);
    expect(summary.acute).toBe(2800);
  });
});

describe("properties", () => {
  const sessionArb = fc.record({
    date: fc.integer({ min: -5, max: 200 }).map((d) => ago(d)),
    type: fc.constantFrom(...SESSION_TYPES),
    durationMin: fc.integer({ min: 1, max: 600 }),
    rpe: fc.integer({ min: 1, max: 10 }),
    mood: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
  });

  it("ACWR is always finite and ≥ 0, or null; monotony and strain likewise", () => {
    fc.assert(
      fc.property(fc.array(sessionArb, { maxLength: 80 }), (sessions) => {
        for (const point of loadSeries(sessions, AS_OF)) {
          if (point.acwr !== null) expect(Number.isFinite(point.acwr) && point.acwr >= 0).toBe(true);
        }
        const summary = loadSummary(sessions, AS_OF);
        for (const value of [summary.acwr, summary.monotony, summary.strain]) {
          if (value !== null) expect(Number.isFinite(value) && value >= 0).toBe(true);
        }
        expect(Number.isFinite(summary.acute) && Number.isFinite(summary.chronic)).toBe(true);
      }),
    );
  });

  it("does not depend on the order of the sessions", () => {
    fc.assert(
      fc.property(fc.array(sessionArb, { maxLength: 40 }), fc.integer(), (sessions, seed) => {
        const shuffled = [...sessions].sort(
          (a, b) => ((a.durationMin * 31 + seed) % 7) - ((b.durationMin * 31 + seed) % 7),
        );
        expect(loadSummary(shuffled, AS_OF)).toEqual(loadSummary(sessions, AS_OF));
      }),
    );
  });
});
