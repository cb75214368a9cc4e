import { type ModelMessage, type StepResult, stepCountIs, streamText, type ToolSet } from "ai";
import type { Database } from "@/db/client";
import type { Principal } from "@/lib/core/domain";
import { errors } from "@/lib/core/errors";
import { logger } from "@/lib/core/logger";
import { messageField } from "@/lib/core/validation";
import { enforceRateLimit } from "@/lib/rate-limit";
import { buildAthleteContext } from "./context";
import { type ConversationRow, recentMessages, resolveConversation, saveMessage } from "./memory";
import { type ChatModel, getChatModel } from "./models";
import { systemPrompt } from "./prompt";
import { ariaTools } from "./tools";

/**
 * One chat turn, shared by `POST /api/chat` (UI message stream) and `POST /api/v1/aria/ask` (plain text). The order
 * of work: validate → authorize → rate-limit → resolve/create the conversation → store the user's message (before
 * any model runs, so it is never lost) → athlete context + the last 5 messages → streamText with the tools (at most
 * 3 steps) → store the reply when the stream ends, whether or not the client is still reading.
 */

const MAX_MESSAGE_LENGTH = 4_000;
const MAX_STEPS = 3;

export const messageText = messageField(MAX_MESSAGE_LENGTH);

export const UNAVAILABLE_MESSAGE =
  "Aria couldn't answer right now. Your message was saved; please try again in a moment.";

interface ChatTurnInput {
  text: string;
  /** The conversation to continue; otherwise the athlete's current one (KV), else a new one. */
  sessionId?: string;
  /** Create the conversation under `sessionId` when it does not exist (the browser chat picks its own UUIDs). */
  createIfMissing?: boolean;
}

interface ChatTurnOptions {
  /** Tests: a model chosen with `selectModel(config)`; production reads the environment (getChatModel). */
  model?: ChatModel;
  now?: Date;
}

export async function startChatTurn(
  db: Database,
  principal: Principal,
  input: ChatTurnInput,
  options: ChatTurnOptions = {},
) {
  // 1. validate
  const text = messageText.safeParse(input.text);
  if (!text.success) throw errors.validation({ message: text.error.issues[0]?.message ?? "is not valid" });
  // 2. authorize: Aria coaches athletes about their own data.
  if (principal.role !== "athlete") throw errors.forbidden("Only athletes can chat with Aria.");
  // 3. rate-limit
  await enforceRateLimit("chat", principal.userId);
  // 4. the conversation
  const conversation = await resolveConversation(db, principal.userId, {
    sessionId: input.sessionId,
    createIfMissing: input.createIfMissing,
    title: text.data,
  });
  // 5. the user's message, stored before the model runs
  const now = options.now ?? new Date();
  await saveMessage(db, conversation.id, { role: "user", content: text.data }, now);
  // 6. context and memory (the memory ends with the message just stored)
  const [context, memory, chatModel] = await Promise.all([
    buildAthleteContext(db, principal.userId, now),
    recentMessages(db, conversation.id, now),
    options.model ? Promise.resolve(options.model) : getChatModel(),
  ]);
  const messages: ModelMessage[] = memory.map((m) =>
    m.role === "assistant" ? { role: "assistant", content: m.content } : { role: "user", content: m.content },
  );
  // 7. the model
  const log = logger().child({ conversationId: conversation.id, userId: principal.userId });
  const result = streamText({
    model: chatModel.model,
    system: systemPrompt(context),
    messages,
    tools: ariaTools({ db, userId: principal.userId, timezone: context.timezone }),
    stopWhen: stepCountIs(MAX_STEPS),
    // The fallback to aria-local is the retry; without it a failure should show at once.
    maxRetries: 0,
    onError: ({ error }) => {
      log.error({ err: error instanceof Error ? error : undefined }, "aria: the model failed");
    },
    // 8. the reply, stored when the stream ends
    onEnd: async ({ steps }) => {
      const reply = replyOf(steps as StepResult<ToolSet>[]);
      try {
        await saveMessage(db, conversation.id, { role: "assistant", ...reply, model: chatModel.answeredBy() });
      } catch (error) {
        log.error({ err: error instanceof Error ? error : undefined }, "aria: the reply was not stored");
      }
    },
  });
  // Runs the stream to its end even when the client goes away, so that onEnd stores the reply.
  void result.consumeStream({ onError: () => {} });
  return { conversation, result, model: chatModel };
}

type ChatTurn = Awaited<ReturnType<typeof startChatTurn>>;

/**
 * Waits for the model's first output. A failure before any output (the model and its fallback both failed) becomes
 * a 503, so that the caller sees an error rather than an empty 200; the user's message is already stored.
 */
export async function awaitFirstOutput(turn: ChatTurn): Promise<void> {
  const reader = turn.result.fullStream.getReader();
  try {
    for (;;) {
      const next = await reader.read();
      if (next.done) return;
      const part = next.value;
      if (part.type === "error") throw errors.unavailable(UNAVAILABLE_MESSAGE);
      if (part.type === "start" || part.type === "start-step" || part.type === "text-start") continue;
      return;
    }
  } finally {
    reader.cancel().catch(() => {});
  }
}

export function sessionHeaders(conversation: ConversationRow): Record<string, string> {
  return { "X-Aria-Session-Id": conversation.id };
}

/** The stored reply: the text of every step, and AI SDK UI message parts when tools ran. */
function replyOf(steps: readonly StepResult<ToolSet>[]): { content: string; parts: unknown[] | null } {
  const parts: unknown[] = [];
  let usedTools = false;
  for (const step of steps) {
    const calls = new Map<string, unknown>();
    for (const part of step.content) {
      if (part.type === "text") {
        if (part.text) parts.push({ type: "text", text: part.text });
      } else if (part.type === "tool-call") {
        calls.set(part.toolCallId, part.input);
      } else if (part.type === "tool-result") {
        usedTools = true;
        parts.push({
          type: `tool-${part.toolName}`,
          toolCallId: part.toolCallId,
          state: "output-available",
          input: part.input ?? calls.get(part.toolCallId),
          output: part.output,
        });
      } else if (part.type === "tool-error") {
        usedTools = true;
        parts.push({
          type: `tool-${part.toolName}`,
          toolCallId: part.toolCallId,
          state: "output-error",
          input: part.input ?? calls.get(part.toolCallId),
          errorText: part.error instanceof Error ? part.error.message : String(part.error),
        });
      }
    }
  }
  const content = steps
    .map((step) => step.text)
    .filter((t) => t.trim() !== "")
    .join("\n\n");
  return { content, parts: usedTools ? parts : null };
}
