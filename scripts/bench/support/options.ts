import { parseArgs } from "node:util";

/**
 * The one command-line parser of the benchmarks, on Node's util.parseArgs. Each bench declares its options once;
 * the values come back typed (a whole number, one of a list, a flag) and the usage line is built from the same
 * declaration, so the two cannot drift apart.
 */

interface Whole {
  kind: "whole";
  fallback: number;
  min: number;
}

interface Choice<C extends string> {
  kind: "choice";
  choices: readonly C[];
  fallback: C;
}

interface Flag {
  kind: "flag";
}

type Spec = Whole | Choice<string> | Flag;
type Value<S extends Spec> = S extends Whole ? number : S extends Choice<infer C> ? C : boolean;
export type Options<T extends Record<string, Spec>> = { [K in keyof T]: Value<T[K]> };

/** A whole number of at least `min`. */
export const whole = (fallback: number, min = 1): Whole => ({ kind: "whole", fallback, min });
export const choice = <const C extends string>(choices: readonly C[], fallback: C): Choice<C> => ({
  kind: "choice",
  choices,
  fallback,
});
export const flag = (): Flag => ({ kind: "flag" });

/** A mistake on the command line: run.ts prints it with the usage line rather than as a failed run. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly usage: string,
  ) {
    super(message);
    this.name = "UsageError";
  }
}

function usageOf(bench: string, specs: Record<string, Spec>): string {
  const parts = Object.entries(specs).map(([name, spec]) => {
    if (spec.kind === "flag") return `[--${name}]`;
    return `[--${name} ${spec.kind === "choice" ? spec.choices.join("|") : spec.fallback}]`;
  });
  return `usage: npm run bench -- ${bench} ${parts.join(" ")}`;
}

/**
 * Parses `args` against `specs`; `--help` prints the usage and exits before anything has started. `check` states
 * a rule between options and returns what is wrong, if anything.
 */
export function parseOptions<T extends Record<string, Spec>>(
  bench: string,
  args: string[],
  specs: T,
  check?: (options: Options<T>) => string | undefined,
): Options<T> {
  const usage = usageOf(bench, specs);
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        help: { type: "boolean" },
        ...Object.fromEntries(
          Object.entries(specs).map(([name, spec]) => [name, { type: spec.kind === "flag" ? "boolean" : "string" }]),
        ),
      },
    }) as { values: Record<string, string | boolean | undefined> });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error), usage);
  }
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const options: Record<string, number | string | boolean> = {};
  for (const [name, spec] of Object.entries(specs)) {
    const raw = values[name];
    if (spec.kind === "flag") {
      options[name] = raw === true;
    } else if (typeof raw !== "string") {
      options[name] = spec.fallback;
    } else if (spec.kind === "choice") {
      if (!spec.choices.includes(raw)) {
        throw new UsageError(`--${name} must be ${spec.choices.join(" or ")}, not "${raw}"`, usage);
      }
      options[name] = raw;
    } else {
      const n = raw.trim() === "" ? Number.NaN : Number(raw);
      if (!Number.isInteger(n) || n < spec.min) {
        throw new UsageError(`--${name} must be a whole number of at least ${spec.min}, not "${raw}"`, usage);
      }
      options[name] = n;
    }
  }
  const typed = options as Options<T>;
  const wrong = check?.(typed);
  if (wrong) throw new UsageError(wrong, usage);
  return typed;
}
