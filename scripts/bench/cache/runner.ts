import type { SeededRandom } from "@/lib/core/random";
import type { App } from "@/scripts/bench/support/app";
import { done, progress, step } from "@/scripts/bench/support/progress";
import { secondsSince } from "@/scripts/bench/support/stats";
import { type Available, FLOOR_PATH, READS, type Read, WRITES, type Write } from "./endpoints";
import { type Answer, request } from "./http";
import { CacheModel } from "./model";
import type { Athlete } from "./population";
import { type KvIncidents, kvIncidents, logSize, type ServerStats, serverStats } from "./server-counters";
import { operations, type Phase, writeBody } from "./workload";

/**
 * Runs one half of the load and files every latency under hit, miss or unknown as the cache model predicted it.
 * No two operations on one athlete run at once (that keeps the model exact), and after every FLOOR_EVERY-th
 * operation a worker also fetches the floor.
 */

const FLOOR_EVERY = 4;

interface Samples {
  hit: number[];
  miss: number[];
  unknown: number;
}

export interface Tally {
  reads: Record<Read, Samples>;
  writes: Record<Write, number[]>;
  floor: number[];
  errors: Map<string, { count: number; example: string }>;
}

export interface PhaseRun {
  phase: Phase;
  tally: Tally;
  seconds: number;
  before: ServerStats;
  after: ServerStats;
  incidents: KvIncidents;
}

const newSamples = (): Samples => ({ hit: [], miss: [], unknown: 0 });

const newTally = (): Tally => ({
  reads: { drills: newSamples(), progress: newSamples(), mental: newSamples(), achievements: newSamples() },
  writes: { session: [], metric: [] },
  floor: [],
  errors: new Map(),
});

function noteError(tally: Tally, what: string, answer: Answer): void {
  const key = `${what} → ${answer.status}`;
  const entry = tally.errors.get(key) ?? { count: 0, example: answer.body.slice(0, 200) };
  entry.count++;
  tally.errors.set(key, entry);
}

export async function runPhase(
  app: App,
  athletes: Athlete[],
  available: Available,
  phase: Phase,
  model: CacheModel,
  random: SeededRandom,
): Promise<PhaseRun> {
  const before = await serverStats(app, athletes[0]!);
  const logOffset = logSize(app.log);
  step(`${phase.title}: ${phase.requests} operations`);
  const tally = newTally();
  const nextOperation = operations(available, random);
  const busy = new Set<number>();
  const freeAthlete = (): Athlete => {
    let i = random.int(0, athletes.length - 1);
    while (busy.has(i)) i = (i + 1) % athletes.length;
    busy.add(i);
    return athletes[i]!;
  };

  const read = async (which: Read, athlete: Athlete) => {
    const key = CacheModel.key(which, athlete.index);
    const prediction = model.beforeRead(key);
    const answer = await request(app, "GET", READS[which].path, { token: athlete.token });
    model.afterRead(key, prediction, answer.status === 200);
    const samples = tally.reads[which];
    if (answer.status !== 200) noteError(tally, READS[which].label, answer);
    else if (prediction === "unknown") samples.unknown++;
    else samples[prediction].push(answer.ms);
  };
  const write = async (which: Write, athlete: Athlete) => {
    const answer = await request(app, "POST", WRITES[which].path, {
      token: athlete.token,
      body: writeBody(which, random),
    });
    if (answer.status === 201) {
      model.afterWrite(which, athlete.index);
      tally.writes[which].push(answer.ms);
    } else {
      noteError(tally, WRITES[which].label, answer);
    }
  };

  let issued = 0;
  let finished = 0;
  const started = performance.now();
  const worker = async () => {
    let mine = 0;
    while (issued < phase.requests) {
      issued++;
      const operation = nextOperation();
      const athlete = freeAthlete();
      try {
        if (operation.kind === "read") await read(operation.read, athlete);
        else await write(operation.write, athlete);
      } finally {
        busy.delete(athlete.index);
      }
      if (++mine % FLOOR_EVERY === 0) {
        const floor = await request(app, "GET", FLOOR_PATH);
        if (floor.status === 200) tally.floor.push(floor.ms);
        else noteError(tally, `GET ${FLOOR_PATH}`, floor);
      }
      progress("operations", ++finished, phase.requests);
    }
  };
  await Promise.all(Array.from({ length: phase.concurrency }, worker));
  const seconds = secondsSince(started);
  done(`${phase.requests} operations in ${seconds.toFixed(1)} s`);
  const after = await serverStats(app, athletes[0]!);
  return { phase, tally, seconds, before, after, incidents: kvIncidents(app.log, logOffset) };
}
