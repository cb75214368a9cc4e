import { readFileSync } from "node:fs";
import { eq, sql } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { queryRows } from "@/db/client";
import { jobRuns } from "@/db/schema";
import { getDb } from "@/lib/database";
import { activeAthletesAfter } from "@/lib/jobs/active-athletes";
import { cronSecret, isCronRequest } from "@/lib/jobs/cron-secret";
import { type CronRuntime, setCronRuntime } from "@/lib/jobs/handoff";
import { JOB_TASKS } from "@/lib/jobs/tasks";
import { callRoute } from "@/scripts/test/api";
import * as cron from "./route";

const secretHeader = () => ({ authorization: `Bearer ${cronSecret()}` });

/**
 * The hand-off without a network: the route's after() work is collected, and each hand-off request goes to the route
 * handler in this process. `drain` waits until the chain has run out.
 */
function inProcessRuntime(overrides: Partial<CronRuntime> = {}) {
  const pending: Promise<unknown>[] = [];
  const handOffs: Request[] = [];
  setCronRuntime({
    baseUrl: "https://aria.example",
    budgetMs: 0,
    batchSize: 2,
    defer: (work) => void pending.push(work()),
    send: (request) => {
      handOffs.push(request);
      const task = new URL(request.url).pathname.split("/").at(-1)!;
      const answer = cron.GET(request, { params: Promise.resolve({ task }) });
      pending.push(answer);
      return answer;
    },
    ...overrides,
  });
  return {
    handOffs,
    async drain() {
      while (pending.length > 0) await pending.shift();
    },
  };
}

describe("GET /api/cron/{task}", () => {
  it("refuses a call without the secret, or with a wrong one, with 401", async () => {
    expect((await callRoute(cron, "GET", { params: { task: "suggestions" } })).status).toBe(401);
    const wrong = await callRoute(cron, "GET", {
      params: { task: "suggestions" },
      headers: { authorization: "Bearer not-the-secret" },
    });
    expect(wrong.status).toBe(401);
    expect((await wrong.json()).error.code).toBe("unauthorized");
  });

  it("answers 404 for a task it does not know", async () => {
    const response = await callRoute(cron, "GET", {
      params: { task: "make-coffee" },
      headers: { authorization: `Bearer ${cronSecret()}` },
    });
    expect(response.status).toBe(404);
  });

  it("runs a task over the active athletes and reports it", async () => {
    const response = await callRoute(cron, "GET", {
      params: { task: "suggestions" },
      headers: { authorization: `Bearer ${cronSecret()}` },
    });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ task: "suggestions", errors: 0, done: true });
    expect(body.processed).toBeGreaterThanOrEqual(6);
    expect(body.succeeded).toBe(body.processed);
    expect(body.duration_ms).toEqual(expect.any(Number));
  });

  describe("a run that outlasts its time budget", () => {
    // Every attempt to store an athlete's training patterns, counted by the database itself: a second attempt for
    // the same athlete is a duplicate even where the upsert would hide it.
    beforeAll(async () => {
      const db = await getDb();
      await db.execute(sql`create table pattern_writes (user_id uuid not null)`);
      await db.execute(sql`create function log_pattern_write() returns trigger language plpgsql as $$
        begin insert into pattern_writes values (new.user_id); return new; end $$`);
      await db.execute(sql`create trigger log_pattern_write before insert on analysis_snapshots
        for each row execute function log_pattern_write()`);
    });

    afterEach(() => setCronRuntime(null));

    const writes = async () =>
      queryRows<{ user_id: string; n: number }>(
        await getDb(),
        sql`select user_id, count(*)::int n from pattern_writes group by user_id`,
      );

    it("hands the rest on at once, slice after slice, analysing every active athlete exactly once", async () => {
      const db = await getDb();
      const active = await activeAthletesAfter(db, null, 10_000);
      expect(active.length).toBeGreaterThanOrEqual(6);
      const chain = inProcessRuntime();

      const first = await callRoute(cron, "GET", {
        params: { task: "patterns" },
        // Where the hand-off goes is configured: what the caller says about the host is never believed.
        headers: { ...secretHeader(), host: "evil.example", "x-forwarded-host": "evil.example" },
      });
      const report = await first.json();
      expect(report).toMatchObject({ done: false, handed_off: true, run_id: expect.any(String) });
      await chain.drain();

      // One hand-off per slice after the first; each to the configured address, with the secret and the run id.
      expect(chain.handOffs.length).toBeGreaterThanOrEqual(Math.ceil(active.length / 2) - 1);
      for (const request of chain.handOffs) {
        expect(request.url).toBe(`https://aria.example/api/cron/patterns?run=${report.run_id}`);
        expect(request.headers.get("authorization")).toBe(`Bearer ${cronSecret()}`);
      }
      const slices = await db.select().from(jobRuns).where(eq(jobRuns.runId, report.run_id));
      expect(slices).toHaveLength(chain.handOffs.length + 1);
      expect(slices.filter((s) => s.status === "done")).toHaveLength(1);
      expect(slices.reduce((n, s) => n + s.processed, 0)).toBe(active.length);

      const written = await writes();
      expect(written.map((w) => w.user_id).sort()).toEqual([...active].sort());
      expect(written.filter((w) => w.n > 1)).toEqual([]);
    });

    it("does nothing when a hand-off names a run that has finished", async () => {
      const db = await getDb();
      const chain = inProcessRuntime();
      const [finished] = await db
        .select()
        .from(jobRuns)
        .where(eq(jobRuns.task, "patterns"))
        .orderBy(sql`started_at desc`)
        .limit(1);
      expect(finished?.status).toBe("done");
      const before = { slices: (await db.select().from(jobRuns)).length, writes: await writes() };

      const response = await callRoute(cron, "GET", {
        params: { task: "patterns" },
        query: { run: finished!.runId },
        headers: secretHeader(),
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({
        processed: 0,
        done: true,
        handed_off: false,
        skipped: expect.any(String),
      });
      await chain.drain();
      expect(chain.handOffs).toHaveLength(0);
      expect({ slices: (await db.select().from(jobRuns)).length, writes: await writes() }).toEqual(before);
    });

    it("refuses a hand-off without the secret, or with a forged one, before touching the run", async () => {
      const db = await getDb();
      const before = (await db.select().from(jobRuns)).length;
      const run = "00000000-0000-4000-8000-000000000000";
      const attempts: Record<string, string>[] = [
        {},
        { authorization: "Bearer forged" },
        { authorization: `Basic ${cronSecret()}` },
      ];
      for (const headers of attempts) {
        const response = await callRoute(cron, "GET", { params: { task: "patterns" }, query: { run }, headers });
        expect(response.status).toBe(401);
      }
      expect((await db.select().from(jobRuns)).length).toBe(before);
    });

    it("does not hand off without a configured base URL, and the next scheduled call resumes the same run", async () => {
      const defer = vi.fn();
      inProcessRuntime({ baseUrl: null, defer });
      const first = await (await callRoute(cron, "GET", { params: { task: "goals" }, headers: secretHeader() })).json();
      expect(first).toMatchObject({ done: false, handed_off: false });
      expect(defer).not.toHaveBeenCalled();
      const next = await (await callRoute(cron, "GET", { params: { task: "goals" }, headers: secretHeader() })).json();
      expect(next.run_id).toBe(first.run_id);
      expect(next.processed).toBeGreaterThan(0);
    });
  });

  it("compares secrets in full, and refuses everything when none is configured", () => {
    const request = (header: string) =>
      new Request("http://aria.test/api/cron/x", { headers: { authorization: header } });
    expect(isCronRequest(request("Bearer abc"), "abc")).toBe(true);
    expect(isCronRequest(request("Bearer abcd"), "abc")).toBe(false);
    expect(isCronRequest(request("Bearer ab"), "abc")).toBe(false);
    expect(isCronRequest(request("abc"), "abc")).toBe(false);
    expect(isCronRequest(request("Bearer "), null)).toBe(false);
  });

  it("is scheduled in vercel.json exactly as the task table says", () => {
    const config = JSON.parse(readFileSync("vercel.json", "utf8")) as { crons: { path: string; schedule: string }[] };
    expect(config.crons.sort((a, b) => a.path.localeCompare(b.path))).toEqual(
      Object.entries(JOB_TASKS)
        .map(([task, { schedule }]) => ({ path: `/api/cron/${task}`, schedule }))
        .sort((a, b) => a.path.localeCompare(b.path)),
    );
  });
});
