import { ms, pct, percentile, sum, table, times } from "@/scripts/bench/support/stats";
import { type Available, FLOOR_PATH, READS, WRITES } from "./endpoints";
import type { PhaseRun } from "./runner";

/**
 * One table per half of the load, each read's hit and miss latency against the floor measured in the same half,
 * then whether the server's own counters agree with the client's hit/miss split.
 */

export const LEGEND =
  "hit/floor: hit p50 over the floor's p50. miss/hit: miss p50 over hit p50. Latency is the client's, whole body read.";

const COLUMNS = ["", "count", "hit rate", "hit p50", "hit p95", "miss p50", "miss p95", "hit/floor", "miss/hit"];

function rows(available: Available, run: PhaseRun): string[][] {
  const { tally } = run;
  const floorP50 = percentile(tally.floor, 50);
  const reads = available.reads.map((read) => {
    const s = tally.reads[read];
    const hitP50 = percentile(s.hit, 50);
    const missP50 = percentile(s.miss, 50);
    return [
      READS[read].label,
      String(s.hit.length + s.miss.length + s.unknown),
      pct(s.hit.length, s.hit.length + s.miss.length),
      ms(hitP50),
      ms(percentile(s.hit, 95)),
      ms(missP50),
      ms(percentile(s.miss, 95)),
      times(hitP50, floorP50),
      times(missP50, hitP50),
    ];
  });
  const writes = available.writes.map((write) => {
    const samples = tally.writes[write];
    return [
      `${WRITES[write].label} (write)`,
      String(samples.length),
      "",
      ms(percentile(samples, 50)),
      ms(percentile(samples, 95)),
    ];
  });
  const floor = [
    `GET ${FLOOR_PATH} (floor)`,
    String(tally.floor.length),
    "",
    ms(floorP50),
    ms(percentile(tally.floor, 95)),
  ];
  return [...reads, ...writes, floor].map((row) => [...row, ...Array<string>(COLUMNS.length - row.length).fill("")]);
}

export function report(available: Available, run: PhaseRun): void {
  const { tally, phase } = run;
  const samples = Object.values(tally.reads);
  const hits = sum(samples, (s) => s.hit.length);
  const misses = sum(samples, (s) => s.miss.length);
  const unknown = sum(samples, (s) => s.unknown);
  const reads = hits + misses + unknown;
  const writes = sum(Object.values(tally.writes), (w) => w.length);
  const requests = reads + writes + tally.floor.length;

  console.log(
    `\n${phase.title}: ${reads + writes} operations and ${tally.floor.length} floor requests in ${run.seconds.toFixed(1)} s (${(requests / run.seconds).toFixed(0)} requests/s)\n`,
  );
  console.log(table(COLUMNS, rows(available, run)));

  const { before, after } = run;
  if (before.hits === null || after.hits === null || before.misses === null || after.misses === null) {
    console.log("server counters: unavailable (the KV store did not answer), so the hit/miss split is unchecked");
    return;
  }
  const serverHits = after.hits - before.hits;
  const serverMisses = after.misses - before.misses;
  const agrees = serverMisses >= misses && serverMisses <= misses + unknown && serverHits + serverMisses === reads;
  const { readsUncached, writesSkipped, invalidationsFailed } = run.incidents;
  const incidents = readsUncached + writesSkipped + invalidationsFailed;
  const verdict = agrees
    ? "they agree"
    : incidents > 0
      ? "they differ by the KV failures below, which the client cannot see"
      : "THEY DISAGREE: the hit/miss split above is not reliable";
  console.log(
    `server counters: ${serverHits} hits, ${serverMisses} misses (hit rate ${pct(serverHits, serverHits + serverMisses)}); ` +
      `client: ${hits} hits, ${misses} misses, ${unknown} unclassified → ${verdict}`,
  );
  if (incidents > 0) {
    console.log(
      `KV failures (server log): reads served uncached and uncounted ${readsUncached}, cache writes skipped ` +
        `${writesSkipped}, invalidations abandoned ${invalidationsFailed} (stale until the TTL unless they finished later)`,
    );
  }
  if (tally.errors.size > 0) {
    console.log("failed requests (left out of the figures):");
    for (const [what, { count, example }] of tally.errors) console.log(`  ${count} × ${what}: ${example}`);
  }
}
