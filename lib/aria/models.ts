import { createOpenAI } from "@ai-sdk/openai";
import type { LanguageModelV4, LanguageModelV4CallOptions, LanguageModelV4StreamPart } from "@ai-sdk/provider";
import { type Env, env, selectedAdapters } from "@/lib/core/env";
import { logger } from "@/lib/core/logger";

/**
 * The one place that chooses Aria's language model (PRODUCT.md section 6): `OPENAI_API_KEY` or `OPENAI_BASE_URL`
 * → the Chat Completions API of OpenAI or any compatible server, wrapped so that a failure falls back to the
 * built-in aria-local; otherwise aria-local alone. Tests pass an explicit config to `selectModel` (or install one
 * with `setChatModelConfigForTests`), since env() is parsed once per process.
 */

export const FALLBACK_NOTE = "(Answered by Aria's built-in model: the language model service didn't respond.)";
/**
 * How long a remote model may take to start answering before aria-local answers instead. A server that accepts the
 * request and never answers would otherwise hold the reply; a healthy one starts well within this.
 */
export const DEFAULT_FIRST_TOKEN_TIMEOUT_MS = 5_000;
const ARIA_LOCAL_ID = "aria-local";

export interface ModelConfig {
  /** A remote OpenAI-compatible model; omitted → aria-local only. */
  openai?: { apiKey?: string; baseURL?: string; model: string };
  /** A ready model standing for the remote one (tests: a MockLanguageModelV4). Wins over `openai`. */
  primary?: LanguageModelV4;
  /** Whether a failing remote model falls back to aria-local (default true). */
  fallback?: boolean;
  /** How long the remote model may take to produce its first token (ms). */
  firstTokenTimeoutMs?: number;
  /** Provides aria-local; defaults to lib/aria/local/model.ts. Tests may stand a mock in. */
  local?: () => LanguageModelV4 | Promise<LanguageModelV4>;
}

/** A model for one request, and who actually answered once the stream has run. */
export interface ChatModel {
  model: LanguageModelV4;
  provider: "openai" | "aria-local";
  /** The model id that produced the reply: the remote id, or "aria-local" after a fallback. */
  answeredBy(): string;
}

/** The built-in model, imported only when needed. */
async function loadAriaLocal(): Promise<LanguageModelV4> {
  const { ariaLocal } = await import("./local/model");
  return ariaLocal();
}

function modelConfigFromEnv(e: Env = env()): ModelConfig {
  return selectedAdapters(e).model === "openai"
    ? {
        openai: { apiKey: e.OPENAI_API_KEY, baseURL: e.OPENAI_BASE_URL, model: e.ARIA_MODEL },
        firstTokenTimeoutMs: e.ARIA_MODEL_FIRST_TOKEN_MS,
      }
    : {};
}

export async function selectModel(config: ModelConfig): Promise<ChatModel> {
  const local = config.local ?? loadAriaLocal;
  let primary = config.primary;
  if (!primary && config.openai) {
    const provider = createOpenAI({
      // A compatible server without authentication still needs some key, or the provider refuses to start.
      apiKey: config.openai.apiKey ?? "not-needed",
      baseURL: config.openai.baseURL,
    });
    // `.chat()`: the Chat Completions API, which OpenAI and every compatible server have (`openai(id)` is Responses).
    primary = provider.chat(config.openai.model);
  }
  if (!primary) {
    const model = await local();
    return { model, provider: "aria-local", answeredBy: () => ARIA_LOCAL_ID };
  }
  if (config.fallback === false) {
    const model = primary;
    return { model, provider: "openai", answeredBy: () => model.modelId };
  }
  const wrapped = withFallback(primary, local, {
    firstTokenTimeoutMs: config.firstTokenTimeoutMs ?? DEFAULT_FIRST_TOKEN_TIMEOUT_MS,
  });
  return {
    model: wrapped.model,
    provider: "openai",
    answeredBy: () => (wrapped.fellBack() ? ARIA_LOCAL_ID : primary.modelId),
  };
}

const holder = globalThis as unknown as { __ariaModelConfig?: ModelConfig };

/** Tests only: the config every chat request uses until reset with `undefined`. */
export function setChatModelConfigForTests(config: ModelConfig | undefined): void {
  holder.__ariaModelConfig = config;
}

/** The model for one chat request (a fresh wrapper each time: it remembers whether it fell back). */
export function getChatModel(): Promise<ChatModel> {
  return selectModel(holder.__ariaModelConfig ?? modelConfigFromEnv());
}

export interface ModelHealth {
  status: "ok" | "down";
  provider: "openai" | "aria-local";
  model: string;
  latency_ms?: number;
  error?: string;
}

/**
 * Asks the remote model for a few tokens, within `timeoutMs`, without falling back: whether it answers is the
 * question. aria-local is built in and is not asked. The error says what happened, never the provider's own text
 * (it may name the key or the account).
 */
export async function probeModel(
  timeoutMs: number,
  config: ModelConfig = holder.__ariaModelConfig ?? modelConfigFromEnv(),
): Promise<ModelHealth> {
  if (!config.primary && !config.openai) return { status: "ok", provider: "aria-local", model: ARIA_LOCAL_ID };
  const chosen = await selectModel({ ...config, fallback: false });
  const model = chosen.model.modelId;
  const started = performance.now();
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(new ProbeTimeout()), timeoutMs);
  try {
    await firstOutput(chosen.model, abort.signal);
    return { status: "ok", provider: "openai", model, latency_ms: Math.round(performance.now() - started) };
  } catch (error) {
    return { status: "down", provider: "openai", model, error: probeFailure(abort.signal.aborted, error, timeoutMs) };
  } finally {
    clearTimeout(timer);
    abort.abort();
  }
}

class ProbeTimeout extends Error {
  name = "ProbeTimeout";
}

/** Streams a tiny request until the first token (or a finish), the way a chat reply starts. */
async function firstOutput(model: LanguageModelV4, signal: AbortSignal): Promise<void> {
  const aborted = new Promise<never>((_, reject) => {
    signal.addEventListener("abort", () => reject(signal.reason), { once: true });
  });
  aborted.catch(() => {});
  const { stream } = await Promise.race([
    model.doStream({
      prompt: [{ role: "user", content: [{ type: "text", text: "Reply with OK." }] }],
      maxOutputTokens: 5,
      abortSignal: signal,
    }),
    aborted,
  ]);
  const reader = stream.getReader();
  try {
    for (;;) {
      const next = await Promise.race([reader.read(), aborted]);
      if (next.done) throw new Error("the model stream ended without any output");
      if (next.value.type === "error") throw next.value.error;
      if (CONTENT_PARTS.has(next.value.type) || next.value.type === "finish") return;
    }
  } finally {
    reader.cancel().catch(() => {});
  }
}

function probeFailure(timedOut: boolean, error: unknown, timeoutMs: number): string {
  if (timedOut) return `no answer within ${timeoutMs} ms`;
  const status = (error as { statusCode?: unknown })?.statusCode;
  if (typeof status === "number") return `the model service answered HTTP ${status}`;
  return "the model service could not be reached";
}

// ---------------------------------------------------------------- fallback

const CONTENT_PARTS = new Set<LanguageModelV4StreamPart["type"]>([
  "text-delta",
  "reasoning-delta",
  "tool-input-start",
  "tool-call",
]);

class FirstTokenTimeout extends Error {
  constructor(ms: number) {
    super(`no first token within ${ms} ms`);
    this.name = "FirstTokenTimeout";
  }
}

function deadline<T>(promise: Promise<T>, until: number, ms: number): Promise<T> {
  const remaining = until - Date.now();
  if (remaining <= 0) return Promise.reject(new FirstTokenTimeout(ms));
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new FirstTokenTimeout(ms)), remaining);
    }),
  ]).finally(() => clearTimeout(timer));
}

function noteParts(leadingBreak: boolean): LanguageModelV4StreamPart[] {
  const id = `aria-fallback-note-${Math.random().toString(36).slice(2, 8)}`;
  return [
    { type: "text-start", id },
    { type: "text-delta", id, delta: `${leadingBreak ? "\n\n" : ""}${FALLBACK_NOTE}\n\n` },
    { type: "text-end", id },
  ];
}

/**
 * Wraps a remote model: when it throws, sends an error, or gives no first token within the timeout, the reply comes
 * from aria-local and begins with FALLBACK_NOTE (after a failure mid-reply the note follows the partial text). Once
 * fallen back, later steps of the same request go straight to aria-local.
 */
function withFallback(
  primary: LanguageModelV4,
  local: () => LanguageModelV4 | Promise<LanguageModelV4>,
  options: { firstTokenTimeoutMs: number },
): { model: LanguageModelV4; fellBack: () => boolean } {
  let fellBack = false;
  let noted = false;

  async function fallbackParts(
    callOptions: LanguageModelV4CallOptions,
    midStream: boolean,
    reason: unknown,
  ): Promise<{ parts: LanguageModelV4StreamPart[]; rest: ReadableStream<LanguageModelV4StreamPart> }> {
    if (!fellBack) {
      logger().warn(
        { model: primary.modelId, err: reason instanceof Error ? reason.message : String(reason) },
        "aria: remote model failed, answering with aria-local",
      );
    }
    fellBack = true;
    const model = await local();
    const result = await model.doStream(callOptions);
    const parts = noted ? [] : noteParts(midStream);
    noted = true;
    return { parts, rest: result.stream };
  }

  const model: LanguageModelV4 = {
    specificationVersion: "v4",
    provider: primary.provider,
    modelId: primary.modelId,
    supportedUrls: primary.supportedUrls,
    doGenerate: async (callOptions) => {
      if (fellBack) return (await local()).doGenerate(callOptions);
      try {
        return await primary.doGenerate(callOptions);
      } catch {
        fellBack = true;
        return (await local()).doGenerate(callOptions);
      }
    },
    doStream: async (callOptions) => {
      if (fellBack) {
        const { parts, rest } = await fallbackParts(callOptions, false, "already fell back");
        return { stream: prepend(parts, rest, { dropStreamStart: false }) };
      }
      const abort = new AbortController();
      const outer = callOptions.abortSignal;
      if (outer) outer.addEventListener("abort", () => abort.abort(outer.reason), { once: true });
      const until = Date.now() + options.firstTokenTimeoutMs;
      const buffered: LanguageModelV4StreamPart[] = [];
      let reader: ReadableStreamDefaultReader<LanguageModelV4StreamPart> | undefined;
      let result: Awaited<ReturnType<LanguageModelV4["doStream"]>>;
      try {
        result = await deadline(
          Promise.resolve(primary.doStream({ ...callOptions, abortSignal: abort.signal })),
          until,
          options.firstTokenTimeoutMs,
        );
        reader = result.stream.getReader();
        for (;;) {
          const next = await deadline(reader.read(), until, options.firstTokenTimeoutMs);
          if (next.done) throw new Error("the model stream ended without any output");
          const part = next.value;
          if (part.type === "error") throw part.error;
          if (part.type === "finish" && !buffered.some((p) => CONTENT_PARTS.has(p.type))) {
            throw new Error("the model finished without any output");
          }
          buffered.push(part);
          if (CONTENT_PARTS.has(part.type)) break;
        }
      } catch (error) {
        abort.abort(error);
        reader?.cancel().catch(() => {});
        if (outer?.aborted) throw error;
        const { parts, rest } = await fallbackParts(callOptions, false, error);
        return { stream: prepend(parts, rest, { dropStreamStart: false }) };
      }

      // The remote model has started: pass it through, switching to aria-local if it fails part-way.
      const live = reader;
      const openText = new Set<string>();
      const stream = new ReadableStream<LanguageModelV4StreamPart>({
        start(controller) {
          for (const part of buffered) {
            track(part, openText);
            controller.enqueue(part);
          }
        },
        async pull(controller) {
          try {
            const next = await live.read();
            if (next.done) return controller.close();
            if (next.value.type === "error") throw next.value.error;
            track(next.value, openText);
            controller.enqueue(next.value);
          } catch (error) {
            abort.abort(error);
            if (outer?.aborted) return controller.error(error);
            for (const id of openText) controller.enqueue({ type: "text-end", id });
            try {
              const { parts, rest } = await fallbackParts(callOptions, true, error);
              const tail = prepend(parts, rest, { dropStreamStart: true }).getReader();
              for (;;) {
                const next = await tail.read();
                if (next.done) break;
                controller.enqueue(next.value);
              }
              controller.close();
            } catch (fallbackError) {
              controller.error(fallbackError);
            }
          }
        },
        cancel(reason) {
          abort.abort(reason);
          return live.cancel(reason);
        },
      });
      return { ...result, stream };
    },
  };
  return { model, fellBack: () => fellBack };
}

function track(part: LanguageModelV4StreamPart, open: Set<string>) {
  if (part.type === "text-start") open.add(part.id);
  if (part.type === "text-end") open.delete(part.id);
}

/** `parts` then `rest`; the fallback's text ids are prefixed so they never clash with the remote model's. */
function prepend(
  parts: LanguageModelV4StreamPart[],
  rest: ReadableStream<LanguageModelV4StreamPart>,
  { dropStreamStart }: { dropStreamStart: boolean },
): ReadableStream<LanguageModelV4StreamPart> {
  const reader = rest.getReader();
  let notePending = parts;
  return new ReadableStream<LanguageModelV4StreamPart>({
    async pull(controller) {
      // Each pull must enqueue something or close, or the stream stalls: skip a dropped part by reading on.
      for (;;) {
        const next = await reader.read();
        if (next.done) {
          for (const part of notePending) controller.enqueue(part);
          notePending = [];
          return controller.close();
        }
        const part = renamed(next.value);
        if (part.type === "stream-start") {
          if (dropStreamStart) continue;
          return controller.enqueue(part);
        }
        // The note goes after stream-start and before anything else.
        for (const note of notePending) controller.enqueue(note);
        notePending = [];
        return controller.enqueue(part);
      }
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
}

function renamed(part: LanguageModelV4StreamPart): LanguageModelV4StreamPart {
  if (part.type === "text-start" || part.type === "text-delta" || part.type === "text-end") {
    return { ...part, id: `local-${part.id}` };
  }
  return part;
}
