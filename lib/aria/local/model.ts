import type {
  LanguageModelV4,
  LanguageModelV4CallOptions,
  LanguageModelV4Content,
  LanguageModelV4FinishReason,
  LanguageModelV4GenerateResult,
  LanguageModelV4Prompt,
  LanguageModelV4StreamPart,
  LanguageModelV4Usage,
} from "@ai-sdk/provider";
import { type AthleteContext, CONTEXT_CLOSE, CONTEXT_OPEN, type LogSessionArgs } from "@/lib/aria/context-types";
import { ANSWERS, askedForDetails, askMissingAnswer, loggedAnswer, logWithoutToolAnswer } from "./answers";
import { classifyIntent, type Intent } from "./intents";
import { parseSession } from "./parse-session";

/**
 * aria-local: the built-in, deterministic language model (PRODUCT.md section 6). It implements the AI SDK
 * `LanguageModelV4` interface, so `streamText`, tools and persistence run exactly as with a hosted model. It reads
 * the athlete context from the system prompt, classifies the latest user message, and answers from real numbers.
 */

export const ARIA_LOCAL_PROVIDER = "aria";
export const ARIA_LOCAL_MODEL_ID = "aria-local";
const LOG_TOOL = "log_session";

export interface AriaLocalSettings {
  /** Words per text-delta chunk (default 3). */
  wordsPerChunk?: number;
  /** Optional pause between chunks, for a typing feel in the UI (default 0: no timers). */
  chunkDelayMs?: number;
}

/** The decision for one step: either text, or one tool call. */
export type AriaLocalTurn =
  | { kind: "text"; intent: Intent | "log_session_result"; text: string }
  | { kind: "tool-call"; intent: "log_session"; toolCallId: string; toolName: string; input: LogSessionArgs };

// ── prompt reading ─────────────────────────────────────────────────────────────────────────────────────────────

export function extractContext(prompt: LanguageModelV4Prompt): AthleteContext | null {
  const system = prompt
    .filter((m) => m.role === "system")
    .map((m) => m.content)
    .join("\n");
  const start = system.indexOf(CONTEXT_OPEN);
  if (start < 0) return null;
  const end = system.indexOf(CONTEXT_CLOSE, start + CONTEXT_OPEN.length);
  if (end < 0) return null;
  try {
    const parsed: unknown = JSON.parse(system.slice(start + CONTEXT_OPEN.length, end).trim());
    if (!parsed || typeof parsed !== "object") return null;
    return normalizeContext(parsed as Partial<AthleteContext>);
  } catch {
    return null;
  }
}

/** Fills absent arrays and objects so a partial context never crashes a composer. */
function normalizeContext(c: Partial<AthleteContext>): AthleteContext {
  return {
    name: typeof c.name === "string" ? c.name : "",
    as_of: typeof c.as_of === "string" ? c.as_of : "",
    timezone: c.timezone ?? "UTC",
    experience_level: c.experience_level ?? "beginner",
    events: c.events ?? [],
    week: { sessions: 0, minutes: 0, average_rpe: null, sessions_per_week_28d: 0, ...c.week },
    last_session: c.last_session ?? null,
    load: { acute: 0, chronic: 0, acwr: null, zone: null, monotony: null, ...c.load },
    suggestions: c.suggestions ?? [],
    injuries: (c.injuries ?? []).map((i) => ({
      ...i,
      pain_trend: i.pain_trend ?? [],
      latest_pain: i.latest_pain ?? null,
    })),
    goals: c.goals ?? [],
    personal_bests: c.personal_bests ?? [],
    next_competition: c.next_competition ?? null,
    recommended_drills: c.recommended_drills ?? [],
    mental_exercises: c.mental_exercises ?? [],
    coach_notes: c.coach_notes ?? [],
  };
}

function textOf(parts: readonly { type: string }[]): string {
  return parts
    .filter((p): p is { type: "text"; text: string } => p.type === "text")
    .map((p) => p.text)
    .join("\n")
    .trim();
}

function lastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return i;
  return -1;
}

/** A log_session call made after the latest user message, with its result, if the prompt holds one. */
function findLogResult(
  prompt: LanguageModelV4Prompt,
  afterIndex: number,
): { args: LogSessionArgs | null; failure: string | null; output: unknown } | null {
  for (let i = prompt.length - 1; i > afterIndex; i--) {
    const m = prompt[i]!;
    if (m.role !== "tool" && m.role !== "assistant") continue;
    for (const part of m.content) {
      if (part.type !== "tool-result" || part.toolName !== LOG_TOOL) continue;
      const call = findToolCallInput(prompt, afterIndex, part.toolCallId);
      const out = part.output;
      let failure: string | null = null;
      let output: unknown = null;
      if (out.type === "error-text") failure = out.value;
      else if (out.type === "error-json") failure = JSON.stringify(out.value);
      else if (out.type === "execution-denied") failure = out.reason ?? "it wasn't allowed";
      else if (out.type === "json" || out.type === "text") output = out.value;
      if (!failure && output && typeof output === "object" && "error" in output) {
        failure = String((output as { error: unknown }).error);
      }
      return { args: call ?? argsFromOutput(output), failure, output };
    }
  }
  return null;
}

function findToolCallInput(prompt: LanguageModelV4Prompt, afterIndex: number, id: string): LogSessionArgs | null {
  for (let i = afterIndex + 1; i < prompt.length; i++) {
    const m = prompt[i]!;
    if (m.role !== "assistant") continue;
    for (const part of m.content) {
      if (part.type === "tool-call" && part.toolCallId === id) {
        const input = typeof part.input === "string" ? safeJson(part.input) : part.input;
        return isLogArgs(input) ? input : null;
      }
    }
  }
  return null;
}

function argsFromOutput(output: unknown): LogSessionArgs | null {
  if (!output || typeof output !== "object") return null;
  const o = output as Record<string, unknown>;
  const candidate = (o.session ?? o) as Record<string, unknown>;
  const mapped = {
    type: candidate.type,
    duration_min: candidate.duration_min ?? candidate.durationMin,
    rpe: candidate.rpe,
    date: candidate.date,
  };
  return isLogArgs(mapped) ? (mapped as LogSessionArgs) : null;
}

function isLogArgs(v: unknown): v is LogSessionArgs {
  if (!v || typeof v !== "object") return false;
  const o = v as Record<string, unknown>;
  return typeof o.type === "string" && typeof o.duration_min === "number" && typeof o.rpe === "number";
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return null;
  }
}

/** FNV-1a, for a deterministic tool-call id. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** Decides what aria-local says (or calls) for this prompt and set of tools. Pure and deterministic. */
export function decideTurn(prompt: LanguageModelV4Prompt, toolNames: readonly string[]): AriaLocalTurn {
  const ctx = extractContext(prompt);
  const userIndex = lastIndex(prompt, (m) => m.role === "user");
  const userMessage = prompt[userIndex];
  const question = userMessage && userMessage.role === "user" ? textOf(userMessage.content) : "";

  const logged = findLogResult(prompt, userIndex);
  if (logged) {
    const args = logged.args;
    if (args) return { kind: "text", intent: "log_session_result", text: loggedAnswer(ctx, args, logged.failure) };
    return {
      kind: "text",
      intent: "log_session_result",
      text: logged.failure
        ? `I couldn't log that session: ${logged.failure}. You can add it on the Sessions page instead.`
        : "Done — your session is logged.",
    };
  }

  // A reply to "How long was it, and how hard?" completes the earlier description.
  let sessionText = question;
  let intent = classifyIntent(question);
  const prevAssistant = lastIndex(prompt.slice(0, Math.max(userIndex, 0)), (m) => m.role === "assistant");
  if (prevAssistant >= 0) {
    const a = prompt[prevAssistant]!;
    const said = a.role === "assistant" ? textOf(a.content) : "";
    if (askedForDetails(said) && (intent === "unknown" || intent === "log_session" || intent === "greeting")) {
      const earlier = lastIndex(prompt.slice(0, prevAssistant), (m) => m.role === "user");
      const e = prompt[earlier];
      const earlierText = e && e.role === "user" ? textOf(e.content) : "";
      sessionText = `${earlierText}\n${question}`.trim();
      intent = "log_session";
    }
  }

  if (intent !== "log_session") return { kind: "text", intent, text: ANSWERS[intent](ctx, question) };
  const parsed = parseSession(sessionText, ctx?.as_of || null);
  if (!parsed.ok) return { kind: "text", intent, text: askMissingAnswer(parsed.missing, parsed.invalid) };
  if (!toolNames.includes(LOG_TOOL)) return { kind: "text", intent, text: logWithoutToolAnswer(parsed.args) };
  return {
    kind: "tool-call",
    intent,
    toolCallId: `aria-local-${hash(`${prompt.length}:${sessionText}`)}`,
    toolName: LOG_TOOL,
    input: parsed.args,
  };
}

// ── the model ──────────────────────────────────────────────────────────────────────────────────────────────────

/** Splits text into chunks of a few words, keeping all whitespace, so the chunks concatenate back exactly. */
export function chunkText(text: string, wordsPerChunk = 3): string[] {
  const tokens = text.match(/\s*\S+\s*/g) ?? [];
  const chunks: string[] = [];
  for (let i = 0; i < tokens.length; i += wordsPerChunk) chunks.push(tokens.slice(i, i + wordsPerChunk).join(""));
  return chunks;
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function promptWords(prompt: LanguageModelV4Prompt): number {
  let n = 0;
  for (const m of prompt) {
    if (m.role === "system") n += countWords(m.content);
    else
      for (const p of m.content) {
        if (p.type === "text") n += countWords(p.text);
        else if (p.type === "tool-result") n += countWords(JSON.stringify(p.output));
        else if (p.type === "tool-call") n += countWords(JSON.stringify(p.input));
      }
  }
  return n;
}

function usageOf(inputWords: number, outputWords: number): LanguageModelV4Usage {
  return {
    inputTokens: { total: inputWords, noCache: inputWords, cacheRead: 0, cacheWrite: 0 },
    outputTokens: { total: outputWords, text: outputWords, reasoning: 0 },
  };
}

function availableTools(options: LanguageModelV4CallOptions): string[] {
  const choice = options.toolChoice;
  if (choice?.type === "none") return [];
  const names = (options.tools ?? []).filter((t) => t.type === "function").map((t) => t.name);
  if (choice?.type === "tool") return names.filter((n) => n === choice.toolName);
  return names;
}

function finishOf(turn: AriaLocalTurn): LanguageModelV4FinishReason {
  return turn.kind === "tool-call" ? { unified: "tool-calls", raw: "tool_calls" } : { unified: "stop", raw: "stop" };
}

function outputOf(turn: AriaLocalTurn): { content: LanguageModelV4Content[]; words: number } {
  if (turn.kind === "tool-call") {
    const input = JSON.stringify(turn.input);
    return {
      content: [{ type: "tool-call", toolCallId: turn.toolCallId, toolName: turn.toolName, input }],
      words: countWords(input.replace(/[{}",:]/g, " ")),
    };
  }
  return { content: [{ type: "text", text: turn.text }], words: countWords(turn.text) };
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => {
      clearTimeout(timer);
      resolve();
    });
  });

export function ariaLocal(settings: AriaLocalSettings = {}): LanguageModelV4 {
  const wordsPerChunk = Math.max(1, settings.wordsPerChunk ?? 3);
  const delay = Math.max(0, settings.chunkDelayMs ?? 0);

  return {
    specificationVersion: "v4",
    provider: ARIA_LOCAL_PROVIDER,
    modelId: ARIA_LOCAL_MODEL_ID,
    supportedUrls: {},

    async doGenerate(options: LanguageModelV4CallOptions): Promise<LanguageModelV4GenerateResult> {
      const turn = decideTurn(options.prompt, availableTools(options));
      const { content, words } = outputOf(turn);
      return {
        content,
        finishReason: finishOf(turn),
        usage: usageOf(promptWords(options.prompt), words),
        warnings: [],
        response: { modelId: ARIA_LOCAL_MODEL_ID },
      };
    },

    async doStream(options: LanguageModelV4CallOptions) {
      const turn = decideTurn(options.prompt, availableTools(options));
      const { words } = outputOf(turn);
      const usage = usageOf(promptWords(options.prompt), words);
      const parts: LanguageModelV4StreamPart[] = [
        { type: "stream-start", warnings: [] },
        { type: "response-metadata", modelId: ARIA_LOCAL_MODEL_ID },
      ];
      if (turn.kind === "tool-call") {
        parts.push({
          type: "tool-call",
          toolCallId: turn.toolCallId,
          toolName: turn.toolName,
          input: JSON.stringify(turn.input),
        });
      } else {
        const id = "txt-0";
        parts.push({ type: "text-start", id });
        for (const delta of chunkText(turn.text, wordsPerChunk)) parts.push({ type: "text-delta", id, delta });
        parts.push({ type: "text-end", id });
      }
      parts.push({ type: "finish", usage, finishReason: finishOf(turn) });

      const signal = options.abortSignal;
      let index = 0;
      const stream = new ReadableStream<LanguageModelV4StreamPart>({
        async pull(controller) {
          if (signal?.aborted) {
            controller.close();
            return;
          }
          const part = parts[index++];
          if (!part) {
            controller.close();
            return;
          }
          if (delay > 0 && part.type === "text-delta") await sleep(delay, signal);
          controller.enqueue(part);
        },
      });
      return { stream };
    },
  };
}
