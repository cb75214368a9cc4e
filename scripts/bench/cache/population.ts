import type { SeededRandom } from "@/lib/core/random";
import type { App } from "@/scripts/bench/support/app";
import { done, elapsed, progress } from "@/scripts/bench/support/progress";
import { type Available, READS, type Read, WRITES, type Write } from "./endpoints";
import { notBuilt, request } from "./http";
import { CacheModel } from "./model";
import { writeBody } from "./workload";

/**
 * The athletes the load runs over, made through the public API as real clients would: register, take a token,
 * then a few sessions and metrics of history. Every write is told to the cache model.
 */

export interface Athlete {
  index: number;
  token: string;
}

const PASSWORD = "bench-password-1234";
const HISTORY: Record<Write, number> = { session: 6, metric: 3 };
const SETUP_CONCURRENCY = 8;

/** Runs `work` over `items` with at most `width` at once. */
async function eachAtMost<T>(items: T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
}

/** Client address of the i-th athlete: one each, so that the per-address sign-up limits are never reached. */
const addressOf = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;

export async function createAthletes(app: App, count: number): Promise<Athlete[]> {
  const started = performance.now();
  const athletes: Athlete[] = [];
  let finished = 0;
  await eachAtMost(
    Array.from({ length: count }, (_, i) => i),
    SETUP_CONCURRENCY,
    async (index) => {
      const email = `bench-athlete-${index}@bench.example`;
      const address = addressOf(index + 1);
      const registered = await request(app, "POST", "/api/v1/auth/register", {
        address,
        body: { email, password: PASSWORD, name: `Bench Athlete ${index}`, role: "athlete" },
      });
      if (registered.status !== 201) throw new Error(`register answered ${registered.status}: ${registered.body}`);
      const issued = await request(app, "POST", "/api/v1/auth/token", {
        address,
        body: { email, password: PASSWORD, token_name: "bench" },
      });
      if (issued.status !== 201) throw new Error(`token answered ${issued.status}: ${issued.body}`);
      athletes.push({ index, token: (JSON.parse(issued.body) as { token: string }).token });
      progress("athletes", ++finished, count);
    },
  );
  athletes.sort((a, b) => a.index - b.index);
  done(`${count} athletes registered, each with an API token, in ${elapsed(started)}`);
  return athletes;
}

/** Calls each read and write once; one that answers Next's own 404 is not built yet and is left out. */
export async function probe(app: App, athlete: Athlete, model: CacheModel, random: SeededRandom): Promise<Available> {
  const reads: Read[] = [];
  for (const read of Object.keys(READS) as Read[]) {
    const key = CacheModel.key(read, athlete.index);
    const prediction = model.beforeRead(key);
    const answer = await request(app, "GET", READS[read].path, { token: athlete.token });
    model.afterRead(key, prediction, answer.status === 200);
    if (notBuilt(answer)) console.log(`  ! ${READS[read].label} answers 404: not built yet, left out`);
    else if (answer.status !== 200) throw new Error(`${READS[read].label} answered ${answer.status}: ${answer.body}`);
    else reads.push(read);
  }
  const writes: Write[] = [];
  for (const write of Object.keys(WRITES) as Write[]) {
    const answer = await request(app, "POST", WRITES[write].path, {
      token: athlete.token,
      body: writeBody(write, random),
    });
    if (answer.status === 201) model.afterWrite(write, athlete.index);
    if (notBuilt(answer)) console.log(`  ! ${WRITES[write].label} answers 404: not built yet, left out`);
    else if (answer.status !== 201) throw new Error(`${WRITES[write].label} answered ${answer.status}: ${answer.body}`);
    else writes.push(write);
  }
  return { reads, writes };
}

export async function addHistory(
  app: App,
  athletes: Athlete[],
  writes: Write[],
  model: CacheModel,
  random: SeededRandom,
): Promise<void> {
  const started = performance.now();
  const jobs = athletes.flatMap((athlete) =>
    writes.flatMap((write) => Array.from({ length: HISTORY[write] }, () => ({ athlete, write }))),
  );
  let finished = 0;
  await eachAtMost(jobs, SETUP_CONCURRENCY, async ({ athlete, write }) => {
    const answer = await request(app, "POST", WRITES[write].path, {
      token: athlete.token,
      body: writeBody(write, random),
    });
    if (answer.status !== 201) throw new Error(`${WRITES[write].label} answered ${answer.status}: ${answer.body}`);
    model.afterWrite(write, athlete.index);
    progress("history", ++finished, jobs.length);
  });
  const what = writes.map((write) => `${HISTORY[write]} ${write}s`).join(" and ");
  done(`history: ${what} per athlete (${jobs.length} writes) in ${elapsed(started)}`);
}
