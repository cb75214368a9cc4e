import { describe, expect, it } from "vitest";
import { runInLanes } from "./lanes";

const KEYS = Array.from({ length: 23 }, (_, i) => i + 1);
const nextPage = async (after: number | null, size: number) => KEYS.filter((k) => k > (after ?? 0)).slice(0, size);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("runInLanes", () => {
  it("handles every key exactly once, and only ever reports progress over finished pages", async () => {
    const handled: number[] = [];
    const inFlight = new Set<number>();
    const reports: number[] = [];
    let mostAtOnce = 0;
    const { complete } = await runInLanes<number>({
      lanes: 2,
      after: null,
      pageSize: 4,
      nextPage,
      shouldStop: () => false,
      work: async (keys) => {
        for (const k of keys) inFlight.add(k);
        mostAtOnce = Math.max(mostAtOnce, inFlight.size);
        // Uneven pages: later pages often finish before earlier ones.
        await sleep(keys[0]! % 3 === 0 ? 15 : 1);
        handled.push(...keys);
        for (const k of keys) inFlight.delete(k);
      },
      onSettled: async (through) => {
        for (const k of inFlight) expect(k).toBeGreaterThan(through);
        for (const k of KEYS.filter((k) => k <= through)) expect(handled).toContain(k);
        reports.push(through);
      },
    });
    expect(complete).toBe(true);
    expect([...handled].sort((a, b) => a - b)).toEqual(KEYS);
    expect(mostAtOnce).toBeGreaterThan(4); // two pages were in flight at once
    expect(reports).toEqual([...reports].sort((a, b) => a - b));
    expect(reports.at(-1)).toBe(23);
  });

  it("stops claiming when told to, and a resumed run from the last report handles the rest once", async () => {
    const handled: number[] = [];
    let through: number | null = null;
    let calls = 0;
    let complete = false;
    while (!complete && calls < 20) {
      calls++;
      ({ complete } = await runInLanes<number>({
        lanes: 2,
        after: through,
        pageSize: 5,
        nextPage,
        shouldStop: () => true, // out of time at once: one page per call
        work: async (keys) => {
          handled.push(...keys);
        },
        onSettled: async (key) => {
          through = key;
        },
      }));
    }
    expect(handled).toEqual(KEYS);
    expect(calls).toBe(5);
  });

  it("rejects with the first failure and claims nothing after it", async () => {
    const claimedAfter: (number | null)[] = [];
    const run = runInLanes<number>({
      lanes: 2,
      after: null,
      pageSize: 3,
      nextPage: async (after, size) => {
        claimedAfter.push(after);
        return nextPage(after, size);
      },
      shouldStop: () => false,
      work: async (keys) => {
        await sleep(2);
        if (keys.includes(4)) throw new Error("page two broke");
      },
      onSettled: async () => undefined,
    });
    await expect(run).rejects.toThrow("page two broke");
    expect(claimedAfter.length).toBeLessThanOrEqual(3);
  });

  it("is complete at once on an empty list", async () => {
    let worked = false;
    const result = await runInLanes<number>({
      lanes: 2,
      after: 23,
      pageSize: 5,
      nextPage,
      shouldStop: () => false,
      work: async () => {
        worked = true;
      },
      onSettled: async () => undefined,
    });
    expect(result).toEqual({ complete: true });
    expect(worked).toBe(false);
  });
});
