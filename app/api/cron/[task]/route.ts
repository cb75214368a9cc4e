import { z } from "zod";
import { errors } from "@/lib/core/errors";
import { getDb } from "@/lib/database";
import { readQuery, route } from "@/lib/http/route";
import { isCronRequest } from "@/lib/jobs/cron-secret";
import { cronRuntime, handOff } from "@/lib/jobs/handoff";
import { runJob } from "@/lib/jobs/runner";
import { isJobTask } from "@/lib/jobs/tasks";

// Matches vercel.json; the runner stops at its budget (240 s) and the route hands the rest on (lib/jobs/handoff.ts).
export const maxDuration = 300;
export const dynamic = "force-dynamic";

/** `run` is set on a hand-off: continue that run, or do nothing when it is over. */
const CronQuery = z.object({ run: z.uuid().optional() });

export const GET = route<{ task: string }>("cron", async ({ request, params }) => {
  if (!isCronRequest(request)) throw errors.unauthorized("This route is for the scheduler: send the cron secret.");
  if (!isJobTask(params.task)) throw errors.notFound("scheduled task");
  const { run } = readQuery(request, CronQuery);
  const runtime = cronRuntime();
  const report = await runJob(await getDb(), params.task, {
    runId: run,
    budgetMs: runtime.budgetMs,
    batchSize: runtime.batchSize,
  });
  return Response.json({ ...report, handed_off: handOff(params.task, report, runtime) });
});
