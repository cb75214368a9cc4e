import { errors } from "@/lib/core/errors";
import { getDb } from "@/lib/database";
import { route } from "@/lib/http/route";
import { isCronRequest } from "@/lib/jobs/cron-secret";
import { runJob } from "@/lib/jobs/runner";
import { isJobTask } from "@/lib/jobs/tasks";

// Matches vercel.json; the runner stops at its budget (240 s) and resumes on the next call.
export const maxDuration = 300;
export const dynamic = "force-dynamic";

export const GET = route<{ task: string }>("cron", async ({ request, params }) => {
  if (!isCronRequest(request)) throw errors.unauthorized("This route is for the scheduler: send the cron secret.");
  if (!isJobTask(params.task)) throw errors.notFound("scheduled task");
  return Response.json(await runJob(await getDb(), params.task));
});
