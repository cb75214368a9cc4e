import { streamText } from "ai";
import { ariaLocal } from "@/lib/aria/local/model";
import { getDb } from "@/lib/database";
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

function option(args: string[], name: string, fallback: number): number {
  const index = args.indexOf(`--${name}`);
  const value = index >= 0 ? Number(args[index + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} must be a positive whole number`);
  return value;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

async function timeStream(open: () => Promise<ReadableStream<Uint8Array> | AsyncIterable<string>>) {
  const started = performance.now();
  let first = 0;
  let chunks = 0;
  const stream = await open();
  const iterable =
    Symbol.asyncIterator in stream ? (stream as AsyncIterable<unknown>) : (stream as unknown as AsyncIterable<unknown>);
  for await (const _chunk of iterable) {
    if (chunks++ === 0) first = performance.now() - started;
  }
  return { ttft: first, total: performance.now() - started, chunks };
}

export async function main(args: string[]): Promise<void> {
  process.env.PGLITE_DIR = "memory://";
  process.env.LOG_LEVEL ??= "warn";
  const streams = option(args, "streams", 50);
  const route = await import("@/app/api/v1/aria/ask/route");
  const db = await getDb();
  // One athlete per stream: the chat limit is per user (20 a minute), and the bench measures speed, not limits.
  const athletes = await Promise.all(Array.from({ length: streams }, () => testAccount(db, "athlete")));
  const ask = (token: string) => async () => {
    const response = await callRoute(route, "POST", { token, body: { message: QUESTION } });
    if (!response.ok || !response.body) throw new Error(`ask answered ${response.status}: ${await response.text()}`);
    return response.body;
  };
  const bare = async () =>
    streamText({ model: ariaLocal(), system: "You are Aria.", prompt: QUESTION }).textStream as AsyncIterable<string>;

  // Warm both paths once.
  await timeStream(bare);
  await timeStream(ask(athletes[0]!.token));

  const floor = [];
  for (let i = 0; i < 20; i++) floor.push(await timeStream(bare));
  const single = [];
  for (let i = 0; i < 20; i++) single.push(await timeStream(ask(athletes[i % streams]!.token)));
  const started = performance.now();
  const concurrent = await Promise.all(athletes.map((a) => timeStream(ask(a.token))));
  const wall = performance.now() - started;

  const row = (label: string, runs: { ttft: number; total: number; chunks: number }[]) =>
    `${label.padEnd(44)} ${String(runs.length).padStart(5)}  ${percentile(
      runs.map((r) => r.ttft),
      50,
    )
      .toFixed(1)
      .padStart(9)}  ${percentile(
      runs.map((r) => r.ttft),
      95,
    )
      .toFixed(1)
      .padStart(9)}  ${percentile(
      runs.map((r) => r.total),
      50,
    )
      .toFixed(1)
      .padStart(10)}  ${percentile(
      runs.map((r) => r.chunks),
      50,
    )
      .toString()
      .padStart(6)}`;
  console.log(
    `${"".padEnd(44)} ${"runs".padStart(5)}  ${"TTFT p50".padStart(9)}  ${"TTFT p95".padStart(9)}  ${"total p50".padStart(10)}  ${"chunks".padStart(6)}   (ms)`,
  );
  console.log(row("bare aria-local stream (floor)", floor));
  console.log(row("POST /api/v1/aria/ask, one at a time", single));
  console.log(row(`POST /api/v1/aria/ask, ${streams} at once`, concurrent));
  const floorTtft = percentile(
    floor.map((r) => r.ttft),
    50,
  );
  console.log(
    `\n${streams} concurrent streams finished in ${(wall / 1000).toFixed(2)} s (${(streams / (wall / 1000)).toFixed(1)} streams/s); ` +
      `pipeline TTFT p50 is ${(
        percentile(
          single.map((r) => r.ttft),
          50,
        ) / Math.max(floorTtft, 0.001)
      ).toFixed(0)}× the bare model's`,
  );
}
