import { streamText } from "ai";
import { ariaLocal } from "@/lib/aria/local/model";
import { getDb } from "@/lib/database";
import { selectMemoryDatabase } from "@/scripts/bench/support/database";
import { parseOptions, whole } from "@/scripts/bench/support/options";
import { columns, fixed, percentile, ratio } from "@/scripts/bench/support/stats";
import { testAccount } from "@/scripts/test/accounts";
import { callRoute } from "@/scripts/test/api";

/**
 * npm run bench -- chat [--streams 50]
 *
 * Time to first token and concurrent streams with the built-in aria-local model, through the whole pipeline of
 * `POST /api/v1/aria/ask` called in-process (token auth, rate limit, the user's message stored, the athlete context
 * built from the analysis engine, the stream, the reply stored), beside the bare model streaming the same question
 * with no pipeline (the floor). Runs on an in-memory PGlite with the demo squad, so nothing of yours is touched.
 */

const QUESTION = "How was my training this week?";
const SEQUENTIAL_RUNS = 20;
const OPTIONS = { streams: whole(50) };

interface Run {
  ttft: number;
  total: number;
  chunks: number;
}

async function timeStream(open: () => Promise<AsyncIterable<unknown>>): Promise<Run> {
  const started = performance.now();
  let first = 0;
  let chunks = 0;
  for await (const _chunk of await open()) {
    if (chunks++ === 0) first = performance.now() - started;
  }
  return { ttft: first, total: performance.now() - started, chunks };
}

const WIDTHS = [43, 5, 9, 9, 10, 6];

function at(runs: Run[], field: keyof Run, p: number): number | undefined {
  const values = runs.map((run) => run[field]);
  return percentile(values, p);
}

function row(label: string, runs: Run[]): string {
  const cells = [fixed(at(runs, "ttft", 50), 1), fixed(at(runs, "ttft", 95), 1), fixed(at(runs, "total", 50), 1)];
  return columns([label, String(runs.length), ...cells, fixed(at(runs, "chunks", 50), 0)], WIDTHS);
}

export async function main(args: string[]): Promise<void> {
  const { streams } = parseOptions("chat", args, OPTIONS);
  selectMemoryDatabase();
  process.env.LOG_LEVEL ??= "warn";
  const route = await import("@/app/api/v1/aria/ask/route");
  const db = await getDb();
  // One athlete per stream: the chat limit is per user (20 a minute), and the bench measures speed, not limits.
  const athletes = await Promise.all(Array.from({ length: streams }, () => testAccount(db, "athlete")));
  const ask = (token: string) => async () => {
    const response = await callRoute(route, "POST", { token, body: { message: QUESTION } });
    if (!response.ok || !response.body) throw new Error(`ask answered ${response.status}: ${await response.text()}`);
    return response.body;
  };
  const bare = async () => streamText({ model: ariaLocal(), system: "You are Aria.", prompt: QUESTION }).textStream;

  // Warm both paths once.
  await timeStream(bare);
  await timeStream(ask(athletes[0]!.token));

  const floor: Run[] = [];
  for (let i = 0; i < SEQUENTIAL_RUNS; i++) floor.push(await timeStream(bare));
  const single: Run[] = [];
  for (let i = 0; i < SEQUENTIAL_RUNS; i++) single.push(await timeStream(ask(athletes[i % streams]!.token)));
  const started = performance.now();
  const concurrent = await Promise.all(athletes.map((a) => timeStream(ask(a.token))));
  const wall = performance.now() - started;

  console.log(`${columns(["", "runs", "TTFT p50", "TTFT p95", "total p50", "chunks"], WIDTHS)}   (ms)`);
  console.log(row("bare aria-local stream (floor)", floor));
  console.log(row("POST /api/v1/aria/ask, one at a time", single));
  console.log(row(`POST /api/v1/aria/ask, ${streams} at once`, concurrent));
  console.log(
    `\n${streams} concurrent streams finished in ${(wall / 1000).toFixed(2)} s (${(streams / (wall / 1000)).toFixed(1)} streams/s); ` +
      `pipeline TTFT p50 is ${fixed(ratio(at(single, "ttft", 50), at(floor, "ttft", 50)), 0)}× the bare model's`,
  );
}
