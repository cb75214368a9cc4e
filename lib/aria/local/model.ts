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
import { isLowerBodyPart } from "@/lib/analysis/drills";
import type { Readiness } from "@/lib/analysis/readiness";
import { HIGH_INTENSITY_SPRINT_TYPES } from "@/lib/analysis/thresholds";
import {
  type AthleteContext,
  CONTEXT_CLOSE,
  CONTEXT_OPEN,
  type LogSessionArgs,
  type SprintProfileBrief,
} from "@/lib/aria/context-types";
import type { SessionType } from "@/lib/core/domain";
import {
  ANSWERS,
  askedForDetails,
  askedToConfirm,
  askMissingAnswer,
  confirmHardSprintAnswer,
  loggedAnswer,
  logWithoutToolAnswer,
  notLoggedAnswer,
} from "./answers";
import { classifyIntent, type Intent, readConfirmation } from "./intents";
import { detectSessionType, parseReps, parseSession } from "./parse-session";

/**
 * aria-local: the built-in, deterministic language model (PRODUCT.md section 6). It implements the AI SDK
 * `LanguageModelV4` interface, so `streamText`, tools and persistence run exactly as with a hosted model. It reads
 * the athlete context from the system prompt, classifies the latest user message, and answers from real numbers.
 * A hard sprint session described while a lower-body injury is active is logged only once the athlete confirms it.
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
    plan_this_week: (Array.isArray(c.plan_this_week) ? c.plan_this_week : [])
      .filter((p) => p && typeof p === "object" && typeof p.date === "string" && typeof p.type === "string")
      .map((p) => ({
        date: p.date,
        type: p.type,
        duration_min: typeof p.duration_min === "number" ? p.duration_min : null,
        rpe: typeof p.rpe === "number" ? p.rpe : null,
        reps: typeof p.reps === "string" ? p.reps : null,
        done: p.done === true,
      })),
    today: normalizeToday(c.today),
    sprint_profile: normalizeSprintProfile(c.sprint_profile),
  };
}

const VERDICTS = new Set(["go", "modify", "rest"]);

/** Today's readiness as the prompt carried it, or null when it is missing or not the engine's shape. */
function normalizeToday(t: unknown): Readiness | null {
  if (!t || typeof t !== "object") return null;
  const o = t as Partial<Readiness>;
  const s = o.session;
  if (!VERDICTS.has(String(o.verdict)) || !s || typeof s !== "object" || typeof s.type !== "string") return null;
  return {
    date: typeof o.date === "string" ? o.date : "",
    verdict: o.verdict as Readiness["verdict"],
    headline: typeof o.headline === "string" ? o.headline : "",
    reasons: (Array.isArray(o.reasons) ? o.reasons : [])
      .filter((r) => r && typeof r === "object" && typeof r.rule === "string" && typeof r.message === "string")
      .map((r) => ({ ...r, evidence: r.evidence && typeof r.evidence === "object" ? r.evidence : {} })),
    session: {
      type: s.type,
      duration_min: typeof s.duration_min === "number" ? s.duration_min : 0,
      rpe: typeof s.rpe === "number" ? s.rpe : 0,
      reps: typeof s.reps === "string" ? s.reps : "",
      focus: typeof s.focus === "string" ? s.focus : "",
      avoid: (Array.isArray(s.avoid) ? s.avoid : []).filter(
        (a) => a && typeof a.what === "string" && typeof a.why === "string",
      ),
      source: s.source ?? "variety",
      notes: typeof s.notes === "string" ? s.notes : "",
    },
    logged: (Array.isArray(o.logged) ? o.logged : []).filter(
      (l) => l && typeof l.type === "string" && typeof l.duration_min === "number" && typeof l.rpe === "number",
    ),
  };
}

const FOCUSES = new Set(["acceleration", "top_speed", "both"]);

/** The sprint profile reading as the prompt carried it, or null when it is missing or not the engine's shape. */
function normalizeSprintProfile(p: unknown): SprintProfileBrief | null {
  if (!p || typeof p !== "object") return null;
  const o = p as Partial<SprintProfileBrief>;
  const l = o.latest;
  if (!FOCUSES.has(String(o.focus)) || typeof o.summary !== "string" || !l || typeof l !== "object") return null;
  const number = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : null);
  return {
    latest: {
      date: typeof l.date === "string" ? l.date : "",
      mss: number(l.mss) ?? 0,
      tau: number(l.tau) ?? 0,
      mac: number(l.mac) ?? 0,
    },
    since: typeof o.since === "string" ? o.since : null,
    mss_change_pct: number(o.mss_change_pct),
    mac_change_pct: number(o.mac_change_pct),
    summary: o.summary,
    focus: o.focus as SprintProfileBrief["focus"],
    focus_reason: typeof o.focus_reason === "string" ? o.focus_reason : "",
    drills: (Array.isArray(o.drills) ? o.drills : []).filter(
      (d) => d && typeof d.name === "string" && typeof d.slug === "string",
    ),
    drills_held_back_for: (Array.isArray(o.drills_held_back_for) ? o.drills_held_back_for : []).filter(
      (i): i is string => typeof i === "string",
    ),
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

function userText(prompt: LanguageModelV4Prompt, index: number): string {
  const m = prompt[index];
  return m && m.role === "user" ? textOf(m.content) : "";
}

function assistantText(prompt: LanguageModelV4Prompt, index: number): string {
  const m = prompt[index];
  return m && m.role === "assistant" ? textOf(m.content) : "";
}

/**
 * The session as the athlete described it, ending with the user message at `index`: that message, preceded by the
 * earlier ones whenever aria-local had asked for missing details in between. `notes` is the one message that says
 * what the session was (the first naming a session type, else the first): the athlete's own words about the
 * session, never the follow-up answers, a "yes", or the chat around them.
 */
function describedSession(prompt: LanguageModelV4Prompt, index: number): { text: string; notes: string } {
  const messages = [userText(prompt, index)];
  let at = index;
  for (;;) {
    const assistant = lastIndex(prompt.slice(0, at), (m) => m.role === "assistant");
    if (assistant < 0 || !askedForDetails(assistantText(prompt, assistant))) break;
    const earlier = lastIndex(prompt.slice(0, assistant), (m) => m.role === "user");
    if (earlier < 0) break;
    messages.unshift(userText(prompt, earlier));
    at = earlier;
  }
  const kept = messages.map((m) => m.trim()).filter(Boolean);
  return {
    text: kept.join("\n"),
    notes: kept.find((m) => detectSessionType(m) !== null) ?? kept[0] ?? "",
  };
}

/** The log_session input: the parsed fields, the sets the description names, and its own words as notes. */
function logArgs(args: LogSessionArgs, described: { text: string; notes: string }): LogSessionArgs {
  const reps = parseReps(described.text);
  const out: LogSessionArgs = { ...args, notes: described.notes };
  if (reps.length > 0) out.reps = reps;
  return out;
}

const HARD_SPRINT: ReadonlySet<SessionType> = new Set(HIGH_INTENSITY_SPRINT_TYPES);

/** The active lower-body injury a hard sprint session would load (PRODUCT 4.3 list, 4.8 types), if any. */
function injuryAtRisk(ctx: AthleteContext | null, args: LogSessionArgs): AthleteContext["injuries"][number] | null {
  if (!ctx || !HARD_SPRINT.has(args.type)) return null;
  return (
    ctx.injuries.find(
      (i) =>
        i.status === "active" &&
        isLowerBodyPart(i.body_part) &&
        (!args.date || !i.onset_date || args.date >= i.onset_date),
    ) ?? null
  );
}

function logCall(prompt: LanguageModelV4Prompt, input: LogSessionArgs): AriaLocalTurn {
  return {
    kind: "tool-call",
    intent: "log_session",
    toolCallId: `aria-local-${hash(`${prompt.length}:${JSON.stringify(input)}`)}`,
    toolName: LOG_TOOL,
    input,
  };
}

/** Decides what aria-local says (or calls) for this prompt and set of tools. Deterministic. */
export async function decideTurn(prompt: LanguageModelV4Prompt, toolNames: readonly string[]): Promise<AriaLocalTurn> {
  const ctx = extractContext(prompt);
  const asOf = ctx?.as_of || null;
  const userIndex = lastIndex(prompt, (m) => m.role === "user");
  const question = userText(prompt, userIndex);

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

  const prevAssistant = lastIndex(prompt.slice(0, Math.max(userIndex, 0)), (m) => m.role === "assistant");
  const said = prevAssistant >= 0 ? assistantText(prompt, prevAssistant) : "";

  // The answer to "Log it anyway?": yes logs the session described before the question, no logs nothing.
  if (askedToConfirm(said)) {
    const reply = readConfirmation(question);
    if (reply === "no") return { kind: "text", intent: "log_session", text: notLoggedAnswer(ctx) };
    const earlier = lastIndex(prompt.slice(0, prevAssistant), (m) => m.role === "user");
    if (reply === "yes" && earlier >= 0) {
      const described = describedSession(prompt, earlier);
      const parsed = parseSession(described.text, asOf);
      if (parsed.ok && toolNames.includes(LOG_TOOL)) return logCall(prompt, logArgs(parsed.args, described));
      if (parsed.ok) return { kind: "text", intent: "log_session", text: logWithoutToolAnswer(parsed.args) };
    }
  }

  // A reply to "How long was it, and how hard?" completes the earlier description.
  let intent = await classifyIntent(question);
  let described = { text: question, notes: question.trim() };
  if (askedForDetails(said) && (intent === "unknown" || intent === "log_session" || intent === "greeting")) {
    described = describedSession(prompt, userIndex);
    intent = "log_session";
  }

  if (intent !== "log_session") return { kind: "text", intent, text: ANSWERS[intent](ctx, question) };
  const parsed = parseSession(described.text, asOf);
  if (!parsed.ok) return { kind: "text", intent, text: askMissingAnswer(parsed.missing, parsed.invalid) };
  const input = logArgs(parsed.args, described);
  if (!toolNames.includes(LOG_TOOL)) return { kind: "text", intent, text: logWithoutToolAnswer(input) };
  const injury = injuryAtRisk(ctx, input);
  if (injury) return { kind: "text", intent, text: confirmHardSprintAnswer(input, injury) };
  return logCall(prompt, input);
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
      const turn = await decideTurn(options.prompt, availableTools(options));
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
      const turn = await decideTurn(options.prompt, availableTools(options));
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
