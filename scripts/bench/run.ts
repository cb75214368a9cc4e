/**
 * `npm run bench -- <name> [options]`: runs one of the benchmarks under scripts/bench. Each starts and stops the
 * servers it needs and prints a table; none asserts a timing.
 */

import { UsageError } from "@/scripts/bench/support/options";

const BENCHES: Record<string, { about: string; load: () => Promise<{ main(args: string[]): Promise<void> }> }> = {
  analysis: {
    about: "the weekly analysis over N synthetic athletes beside a single-scan floor (--athletes N, --batch N)",
    load: () => import("./analysis"),
  },
  chat: {
    about: "time to first token and concurrent streams with aria-local through /api/v1/aria/ask (--streams N)",
    load: () => import("./chat"),
  },
  cache: {
    about: "the four cached reads on a hit and on a miss, beside a static file (--help for options)",
    load: () => import("./cache"),
  },
  scale: {
    about:
      "one cron run over N athletes on PostgreSQL through the real route, handed on slice after slice (--athletes N, --budget-ms N)",
    load: () => import("./scale"),
  },
  load: {
    about: "N users on a production build on PostgreSQL and Redis, Redis stopped half way (--users 50, --seconds 60)",
    load: () => import("./load"),
  },
};

const [name, ...args] = process.argv.slice(2);
const bench = name ? BENCHES[name] : undefined;
if (!bench) {
  if (name && name !== "--help") console.error(`unknown benchmark: ${name}\n`);
  console.error("usage: npm run bench -- <name> [options]\n");
  for (const [key, { about }] of Object.entries(BENCHES)) console.error(`  ${key.padEnd(10)} ${about}`);
  process.exit(name === "--help" ? 0 : 2);
}

try {
  await (await bench.load()).main(args);
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`bench ${name}: ${error.message}\n${error.usage}`);
    process.exitCode = 2;
  } else {
    console.error(`\nbench ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
