import { type Env, env, selectedAdapters } from "@/lib/core/env";

/** Which language model serves Aria under this environment: OpenAI (or a compatible server), else aria-local. */
export function describeModel(e: Env = env()): { provider: "openai" | "aria-local"; model: string } {
  return selectedAdapters(e).model === "openai"
    ? { provider: "openai", model: e.ARIA_MODEL }
    : { provider: "aria-local", model: "aria-local" };
}
