import { SESSION_TYPES } from "@/lib/core/domain";
import type { SeededRandom } from "@/lib/core/random";
import type { Available, Read, Write } from "./endpoints";

/**
 * The load, drawn from the run's seeded generator so that a seed repeats it: which operation comes next (85 % the
 * cached reads, evenly; 15 % writes, two sessions to one metric), what a write sends, and the two halves of the run.
 */

export type Operation = { kind: "read"; read: Read } | { kind: "write"; write: Write };

const READ_SHARE = 0.85;
const WRITE_SHARE: Record<Write, number> = { session: 2, metric: 1 };

/** Draws operations from the mix over what the app serves. */
export function operations(available: Available, random: SeededRandom): () => Operation {
  const { reads, writes } = available;
  const writeTotal = writes.reduce((sum, write) => sum + WRITE_SHARE[write], 0);
  const choices = [
    ...reads.map((read) => ({ operation: { kind: "read", read } as Operation, weight: READ_SHARE / reads.length })),
    ...writes.map((write) => ({
      operation: { kind: "write", write } as Operation,
      weight: ((1 - READ_SHARE) * WRITE_SHARE[write]) / writeTotal,
    })),
  ];
  const total = choices.reduce((sum, choice) => sum + choice.weight, 0);
  return () => {
    let x = random.float() * total;
    for (const choice of choices) {
      x -= choice.weight;
      if (x < 0) return choice.operation;
    }
    return choices[choices.length - 1]!.operation;
  };
}

const isoDay = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);

/** A valid body for a write, somewhere in the last six weeks. */
export function writeBody(write: Write, random: SeededRandom): unknown {
  if (write === "session") {
    return {
      date: isoDay(random.int(0, 41)),
      type: random.pick(SESSION_TYPES),
      duration_min: random.int(30, 89),
      rpe: random.int(3, 9),
    };
  }
  return {
    metric: "100m",
    value: Math.round((10.6 + random.float() * 1.4) * 100) / 100,
    unit: "s",
    timing: "fat",
    date: isoDay(random.int(0, 41)),
  };
}

export interface Phase {
  title: string;
  requests: number;
  concurrency: number;
}

/**
 * The two halves of the load (the method in scripts/bench/cache.ts): one at a time for latency, then `concurrency`
 * at a time.
 */
export function phases(requests: number, concurrency: number): Phase[] {
  if (concurrency === 1) return [{ title: "one at a time", requests, concurrency: 1 }];
  const first = Math.ceil(requests / 2);
  return [
    { title: "one at a time (service time)", requests: first, concurrency: 1 },
    {
      title: `${concurrency} at a time (under load: mostly queueing)`,
      requests: requests - first,
      concurrency,
    },
  ];
}
