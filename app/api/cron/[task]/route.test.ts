import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cronSecret, isCronRequest } from "@/lib/jobs/cron-secret";
import { JOB_TASKS } from "@/lib/jobs/tasks";
import { callRoute } from "@/scripts/test/api";
import * as cron from "./route";

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
