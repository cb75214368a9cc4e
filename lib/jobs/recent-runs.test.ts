import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DbHandle, openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { jobRuns } from "@/db/schema";
import { countQueries } from "@/scripts/test/query-counter";
import { lastRunByTask, recentJobRuns, timeAgoInWords } from "./recent-runs";

const NOW = new Date("2026-11-24T12:00:00Z");
const hoursAgo = (hours: number) => new Date(NOW.getTime() - hours * 3_600_000);

let handle: DbHandle;

beforeAll(async () => {
  handle = await openDatabase({ driver: "pglite" });
  await migrateDatabase(handle);
});

afterAll(async () => {
  await handle.close();
});

describe("lastRunByTask", () => {
  it("gives each scheduled analysis its latest run, in one query, and leaves out tasks never run", async () => {
    await handle.db.insert(jobRuns).values([
      { task: "suggestions", status: "done", startedAt: hoursAgo(9), finishedAt: hoursAgo(9) },
      { task: "suggestions", status: "done", startedAt: hoursAgo(3), finishedAt: hoursAgo(3) },
      { task: "patterns", status: "done", startedAt: hoursAgo(30) },
      { task: "patterns", status: "failed", startedAt: hoursAgo(6) },
      { task: "no-longer-a-task", status: "done", startedAt: hoursAgo(1) },
    ]);
    const queries = countQueries(handle);
    const latest = await lastRunByTask(handle.db);
    expect(queries.count).toBe(1);
    expect([...latest.keys()].sort()).toEqual(["patterns", "suggestions"]);
    expect(latest.get("suggestions")).toEqual({ status: "done", startedAt: hoursAgo(3), finishedAt: hoursAgo(3) });
    expect(latest.get("patterns")).toMatchObject({ status: "failed", startedAt: hoursAgo(6) });
    expect(latest.has("check-ins")).toBe(false);
  });
});

describe("recentJobRuns", () => {
  it("shows a run handed on over several slices as one run, its counts and time summed, its latest slice's status", async () => {
    const handedOn = "00000000-0000-4000-8000-000000000001";
    const single = "00000000-0000-4000-8000-000000000002";
    const slice = (hours: number, status: "partial" | "running", processed: number, finished: boolean) => ({
      task: "patterns",
      runId: handedOn,
      status,
      processed,
      succeeded: processed - 1,
      errors: 1,
      durationMs: 240_000,
      startedAt: hoursAgo(hours),
      finishedAt: finished ? hoursAgo(hours - 0.05) : null,
    });
    await handle.db
      .insert(jobRuns)
      .values([
        slice(2, "partial", 1000, true),
        slice(1.9, "partial", 1200, true),
        slice(1.8, "running", 300, false),
        { task: "goals", runId: single, status: "done", processed: 40, succeeded: 40, startedAt: hoursAgo(5) },
      ]);
    const runs = (await recentJobRuns(handle.db)).filter((run) => [handedOn, single].includes(run.runId));
    expect(runs).toHaveLength(2);
    expect(runs[0]).toMatchObject({
      runId: handedOn,
      task: "patterns",
      slices: 3,
      status: "running",
      processed: 2500,
      succeeded: 2497,
      errors: 3,
      durationMs: 720_000,
      startedAt: hoursAgo(2),
      finishedAt: null,
    });
    expect(runs[1]).toMatchObject({ runId: single, task: "goals", slices: 1, status: "done", processed: 40 });
    expect((await lastRunByTask(handle.db)).get("patterns")).toEqual({
      status: "running",
      startedAt: hoursAgo(2),
      finishedAt: null,
    });
  });
});

describe("timeAgoInWords", () => {
  it("says how long ago in the largest whole unit that reads naturally", () => {
    expect(timeAgoInWords(new Date(NOW.getTime() - 20_000), NOW)).toBe("just now");
    expect(timeAgoInWords(new Date(NOW.getTime() - 60_000), NOW)).toBe("1 minute ago");
    expect(timeAgoInWords(new Date(NOW.getTime() - 59 * 60_000), NOW)).toBe("59 minutes ago");
    expect(timeAgoInWords(hoursAgo(3), NOW)).toBe("3 hours ago");
    expect(timeAgoInWords(hoursAgo(47), NOW)).toBe("47 hours ago");
    expect(timeAgoInWords(hoursAgo(72), NOW)).toBe("3 days ago");
    // A clock a little ahead on another server is not "in 2 minutes".
    expect(timeAgoInWords(new Date(NOW.getTime() + 120_000), NOW)).toBe("just now");
  });
});
