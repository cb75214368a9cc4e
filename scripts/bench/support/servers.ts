import { spawn } from "node:child_process";
import { existsSync, openSync, readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { startRedis } from "@/scripts/test/servers";
import { clearProgress } from "./progress";

/**
 * Whatever a bench starts (servers, builds, databases, directories) is registered here and stopped at the end, on
 * failure and on Ctrl-C, last started first. The servers themselves come from scripts/test/servers.ts where it
 * already starts them.
 */

interface Started {
  name: string;
  stop: () => Promise<void>;
  /** At process exit nothing can be awaited: this only sends a signal. */
  kill?: () => void;
}

export class Servers {
  readonly #started: Started[] = [];
  #stopping: Promise<void> | undefined;

  add(name: string, stop: () => Promise<void>, kill?: () => void): void {
    this.#started.push({ name, stop, kill });
  }

  /** Safe to call more than once: later calls wait for the first. */
  stop(): Promise<void> {
    this.#stopping ??= (async () => {
      for (const started of [...this.#started].reverse()) {
        await started
          .stop()
          .catch((error: Error) => console.error(`  could not stop ${started.name}: ${error.message}`));
      }
    })();
    return this.#stopping;
  }

  kill(): void {
    for (const started of this.#started) started.kill?.();
  }
}

/** Runs `work` with a registry that is emptied when the work returns, throws, or the process is interrupted. */
export async function withServers<T>(work: (servers: Servers) => Promise<T>): Promise<T> {
  const servers = new Servers();
  const onSignal = (signal: NodeJS.Signals) => {
    clearProgress();
    console.error(`\n${signal}: stopping the servers the bench started…`);
    void servers.stop().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  };
  const onExit = () => servers.kill();
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  process.on("exit", onExit);
  try {
    return await work(servers);
  } finally {
    clearProgress();
    await servers.stop();
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    process.off("exit", onExit);
  }
}

/**
 * Starts a child in a process group of its own, registered with `servers`: stopping it stops whatever it started
 * too (`next build` forks workers). Its output goes to `log`.
 */
export function startGroup(
  servers: Servers,
  name: string,
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; log: string },
) {
  const out = openSync(options.log, "a");
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ["ignore", out, out],
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const signal = (which: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
    try {
      process.kill(-child.pid, which);
    } catch {
      // Already gone.
    }
  };
  const stop = async () => {
    signal("SIGTERM");
    const stopped = await Promise.race([exited.then(() => true), sleep(5_000).then(() => false)]);
    if (!stopped) {
      signal("SIGKILL");
      await exited;
    }
  };
  servers.add(name, stop, () => signal("SIGKILL"));
  return { child, exited };
}

/** The last lines of a log, for an error message. */
export function tail(file: string, lines = 25): string {
  if (!existsSync(file)) return "";
  return readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
}

/** Variables that would point the app at an outside database or store; a bench that picks its own drops them. */
export const OUTSIDE_DATABASE = ["POSTGRES_URL", "DATABASE_URL"] as const;
export const OUTSIDE_KV = ["KV_REST_API_URL", "KV_REST_API_TOKEN", "REDIS_URL"] as const;

export function without(env: NodeJS.ProcessEnv, names: readonly string[]): NodeJS.ProcessEnv {
  const kept = { ...env };
  for (const name of names) delete kept[name];
  return kept;
}

/** A Redis server of the bench's own, stopped with the rest. */
export async function startBenchRedis(servers: Servers): Promise<string> {
  const redis = await startRedis();
  servers.add("redis-server", redis.stop);
  return redis.url;
}
