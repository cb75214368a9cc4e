import { readFileSync } from "node:fs";
import { Cron } from "croner";
import { CRON_SECRET_FILE } from "@/lib/jobs/cron-secret";
import { isJobTask, JOB_TASKS, type JobTask } from "@/lib/jobs/tasks";

/**
 * The self-hosted scheduler: calls the same /api/cron/* routes on the same UTC schedules as Vercel Cron.
 *   npm run cron                      run the six tasks on their schedules until stopped
 *   npm run cron -- --run suggestions run one task now, calling again until it reports done
 * ARIA_URL (default http://localhost:3000) is the app; CRON_SECRET, or the development secret in .data/cron-secret.
 * A run whose time budget runs out goes on at once, slice after slice: the app hands it on itself when it knows its
 * own address (APP_URL); otherwise this scheduler calls again with the run's id.
 */

const baseUrl = (process.env.ARIA_URL ?? "http://localhost:3000").replace(/\/$/, "");

function secret(): string {
  if (process.env.CRON_SECRET) return process.env.CRON_SECRET;
  try {
    return readFileSync(CRON_SECRET_FILE, "utf8").trim();
  } catch {
    console.error(`No CRON_SECRET and no ${CRON_SECRET_FILE}: start the app once (it creates one in development).`);
    process.exit(2);
  }
}

interface Report {
  task: string;
  processed: number;
  succeeded: number;
  errors: number;
  duration_ms: number;
  done: boolean;
  run_id: string | null;
  handed_off?: boolean;
  skipped?: string;
}

async function callOnce(task: JobTask, runId: string | null): Promise<Report> {
  const query = runId ? `?run=${encodeURIComponent(runId)}` : "";
  const response = await fetch(`${baseUrl}/api/cron/${task}${query}`, {
    headers: { authorization: `Bearer ${secret()}` },
  });
  const body = await response.json();
  if (!response.ok) throw new Error(`${response.status}: ${JSON.stringify(body)}`);
  return body as Report;
}

/** Calls until the run reports done, each call the run's next slice, unless the app hands the run on itself. */
async function runToCompletion(task: JobTask): Promise<void> {
  const started = Date.now();
  let totals = { processed: 0, succeeded: 0, errors: 0 };
  let runId: string | null = null;
  for (let call = 1; ; call++) {
    const report = await callOnce(task, runId);
    if (report.skipped) {
      console.log(`${task}: ${report.skipped}`);
      return;
    }
    totals = {
      processed: totals.processed + report.processed,
      succeeded: totals.succeeded + report.succeeded,
      errors: totals.errors + report.errors,
    };
    const next = report.done ? " — done" : report.handed_off ? " — the app handed the rest on itself" : " — resuming";
    console.log(
      `${task}: call ${call} processed ${report.processed} (${totals.processed} so far, ${totals.errors} errors) in ${report.duration_ms} ms${next}`,
    );
    if (report.handed_off) {
      console.log(`${task}: run ${report.run_id} goes on in the app (its log and /status show the slices)`);
      return;
    }
    if (report.done) break;
    runId = report.run_id;
  }
  console.log(
    `${task}: ${totals.succeeded}/${totals.processed} athletes in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

const args = process.argv.slice(2);
const runIndex = args.indexOf("--run");
if (runIndex >= 0) {
  const task = args[runIndex + 1] ?? "";
  if (!isJobTask(task)) {
    console.error(`usage: npm run cron -- --run <${Object.keys(JOB_TASKS).join("|")}>`);
    process.exit(2);
  }
  await runToCompletion(task).catch((error: Error) => {
    console.error(`${task} failed: ${error.message}`);
    process.exit(1);
  });
} else {
  console.log(`Aria scheduler → ${baseUrl} (UTC schedules, as in vercel.json)`);
  for (const [task, { name, schedule }] of Object.entries(JOB_TASKS) as [JobTask, (typeof JOB_TASKS)[JobTask]][]) {
    const job = new Cron(schedule, { timezone: "UTC", protect: true }, () =>
      runToCompletion(task).catch((error: Error) => console.error(`${task} failed: ${error.message}`)),
    );
    console.log(`  ${name.padEnd(32)} ${schedule.padEnd(14)} next ${job.nextRun()?.toISOString()}`);
  }
}
