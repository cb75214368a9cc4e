import { and, eq, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import * as chatRoute from "@/app/api/chat/route";
import type { Database } from "@/db/client";
import { coachAthletes, conversations, messages, trainingSessions } from "@/db/schema";
import { FALLBACK_NOTE, type ModelConfig, setChatModelConfigForTests } from "@/lib/aria/models";
import { textModel, throwingModel } from "@/lib/aria/test-support";
import { createCoachNote } from "@/lib/coach/notes";
import { getDb } from "@/lib/database";
import { getKv } from "@/lib/kv";
import { consumeRateLimit, RATE_LIMITS } from "@/lib/rate-limit";
import { testAccount } from "@/scripts/test/accounts";
import { callRoute } from "@/scripts/test/api";
import { type OpenAiCompatibleHarness, startOpenAiCompatibleHarness } from "@/scripts/test/harness/openai-compatible";
import * as ask from "./ask/route";
import * as sessionMessages from "./sessions/[session_id]/messages/route";
import * as sessions from "./sessions/route";

type Account = Awaited<ReturnType<typeof testAccount>>;

let db: Database;
let harness: OpenAiCompatibleHarness;
beforeAll(async () => {
  db = await getDb();
  harness = await startOpenAiCompatibleHarness();
});
afterAll(async () => {
  setChatModelConfigForTests(undefined);
  await harness.close();
});
afterEach(() => setChatModelConfigForTests(undefined));

const athlete = () => testAccount(db, "athlete");
const useModel = (config: ModelConfig) => setChatModelConfigForTests(config);
const remote = (extra: Partial<ModelConfig> = {}): ModelConfig => ({
  openai: { baseURL: harness.baseURL, model: "test-model" },
  ...extra,
});

async function askAria(account: Account, body: Record<string, unknown>) {
  const response = await callRoute(ask, "POST", { token: account.token, body });
  return { response, text: response.status === 200 ? await response.text() : await response.clone().text() };
}

/** The reply is stored in onEnd, just after the stream closes. */
async function storedMessages(conversationId: string, count: number) {
  for (let i = 0; i < 50; i++) {
    const rows = await db
      .select()
      .from(messages)
      .where(eq(messages.conversationId, conversationId))
      .orderBy(messages.createdAt);
    if (rows.length >= count) return rows;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`fewer than ${count} messages stored`);
}

describe("POST /api/v1/aria/ask against an OpenAI-compatible server (loopback test harness)", () => {
  it("streams the reply as text/plain with the session id, and stores both messages", async () => {
    harness.mode = "text";
    harness.reply = "Nice work this week: 4 sessions, average RPE 6.";
    useModel(remote());
    const account = await athlete();
    const { response, text } = await askAria(account, { message: "How was my week?" });
    expect(response.status, text).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(text).toBe("Nice work this week: 4 sessions, average RPE 6.");
    const sessionId = response.headers.get("x-aria-session-id")!;
    expect(sessionId).toMatch(/^[0-9a-f-]{36}$/);
    const rows = await storedMessages(sessionId, 2);
    expect(rows.map((r) => [r.role, r.content, r.model])).toEqual([
      ["user", "How was my week?", null],
      ["assistant", text, "test-model"],
    ]);
    // The request carried the system prompt with the athlete's context, and the tools.
    const request = harness.requests.at(-1)!;
    expect(JSON.stringify(request.messages?.[0])).toContain("<athlete-context>");
    expect(request.tools).toHaveLength(7);
    expect(JSON.stringify(request.tools)).toContain("get_sprint_profile");

    // The same session continues, and the model sees the earlier turn.
    const second = await askAria(account, { message: "And today?", session_id: sessionId });
    expect(second.response.headers.get("x-aria-session-id")).toBe(sessionId);
    expect(harness.requests.at(-1)!.messages!.filter((m) => m.role !== "system")).toHaveLength(3);
  });

  it("runs a log_session tool call: the session is logged through createSession, then the reply follows", async () => {
    harness.mode = "tool";
    harness.toolArguments = { type: "max_velocity", duration_min: 45, rpe: 7, notes: "6x30m flys" };
    harness.reply = "Logged: 45 min of max velocity at RPE 7.";
    useModel(remote());
    const account = await athlete();
    const { response, text } = await askAria(account, { message: "Log 6x30m flys, RPE 7, 45 min" });
    expect(response.status).toBe(200);
    expect(text).toBe("Logged: 45 min of max velocity at RPE 7.");
    const [session] = await db.select().from(trainingSessions).where(eq(trainingSessions.userId, account.id));
    expect(session).toMatchObject({ type: "max_velocity", durationMin: 45, rpe: 7, notes: "6x30m flys" });
    const toolMessage = harness.requests.at(-1)!.messages!.find((m) => m.role === "tool");
    expect(JSON.stringify(toolMessage)).toContain("logged");
    const rows = await storedMessages(response.headers.get("x-aria-session-id")!, 2);
    expect(rows[1]!.parts).toEqual([
      expect.objectContaining({ type: "tool-log_session", state: "output-available" }),
      { type: "text", text },
    ]);
  });

  it("returns a validation error to the model rather than throwing when the tool input is bad", async () => {
    harness.mode = "tool";
    harness.toolArguments = { type: "max_velocity", duration_min: 45, rpe: 12 };
    harness.reply = "That RPE is off the scale; what was it from 1 to 10?";
    useModel(remote());
    const account = await athlete();
    const { response } = await askAria(account, { message: "Log flys, RPE 12, 45 min" });
    expect(response.status).toBe(200);
    const toolMessage = harness.requests.at(-1)!.messages!.find((m) => m.role === "tool");
    expect(JSON.stringify(toolMessage)).toContain("validation_error");
    expect(await db.select().from(trainingSessions).where(eq(trainingSessions.userId, account.id))).toEqual([]);
  });

  it.each(["fail", "hang"] as const)(
    "answers from aria-local with the honest note when the server is %s-ing, and keeps the message",
    async (mode) => {
      harness.mode = mode;
      useModel(remote({ firstTokenTimeoutMs: 300 }));
      const account = await athlete();
      const { response, text } = await askAria(account, { message: "How was my week?" });
      expect(response.status, text).toBe(200);
      expect(text.startsWith(FALLBACK_NOTE)).toBe(true);
      expect(text.length).toBeGreaterThan(FALLBACK_NOTE.length + 10);
      const rows = await storedMessages(response.headers.get("x-aria-session-id")!, 2);
      expect(rows[0]).toMatchObject({ role: "user", content: "How was my week?" });
      expect(rows[1]).toMatchObject({ role: "assistant", model: "aria-local" });
      expect(rows[1]!.content.startsWith(FALLBACK_NOTE)).toBe(true);
    },
  );
});

describe("when no model answers", () => {
  it("stores the user's message and answers 503", async () => {
    useModel({ primary: throwingModel(), fallback: false });
    const account = await athlete();
    const { response, text } = await askAria(account, { message: "Are you there?" });
    expect(response.status, text).toBe(503);
    expect(JSON.parse(text).error.code).toBe("unavailable");
    const rows = await db
      .select({ content: messages.content, role: messages.role })
      .from(messages)
      .innerJoin(conversations, eq(conversations.id, messages.conversationId))
      .where(eq(conversations.userId, account.id));
    expect(rows).toEqual([{ role: "user", content: "Are you there?" }]);
  });

  it("also when the fallback fails too", async () => {
    useModel({ primary: throwingModel(), local: () => throwingModel("broken-local") });
    const account = await athlete();
    const { response } = await askAria(account, { message: "Hello?" });
    expect(response.status).toBe(503);
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(messages)
      .innerJoin(conversations, eq(conversations.id, messages.conversationId))
      .where(and(eq(conversations.userId, account.id), eq(messages.role, "user")));
    expect(row!.n).toBe(1);
  });
});

describe("validation, roles and limits", () => {
  it.each([
    ["no message", {}, "message"],
    ["an empty message", { message: "" }, "message"],
    ["4001 characters", { message: "x".repeat(4001) }, "message"],
    ["a session id that is not a UUID", { message: "hi", session_id: "nope" }, "session_id"],
  ])("refuses %s with 400 naming the field", async (_, body, field) => {
    const { response, text } = await askAria(await athlete(), body);
    expect(response.status).toBe(400);
    expect(JSON.parse(text).error.fields).toHaveProperty(field);
  });

  it("refuses coaches with 403 and the signed-out with 401", async () => {
    const coach = await testAccount(db, "coach");
    expect((await askAria(coach, { message: "hi" })).response.status).toBe(403);
    expect((await callRoute(ask, "POST", { body: { message: "hi" } })).status).toBe(401);
  });

  it("answers the 21st message in a minute with 429 and Retry-After", async () => {
    useModel({ local: () => textModel("ok") });
    const account = await athlete();
    for (let i = 0; i < RATE_LIMITS.chat.limit; i++) await consumeRateLimit("chat", account.id, getKv());
    const { response, text } = await askAria(account, { message: "one more" });
    expect(response.status).toBe(429);
    expect(JSON.parse(text).error.code).toBe("rate_limited");
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});

describe("reading sessions", () => {
  it("lists the athlete's sessions newest first and reads their messages; others get 403, unknown 404, signed out 401", async () => {
    useModel({ local: () => textModel("Hello Sam.") });
    const account = await athlete();
    const first = await askAria(account, { message: "first" });
    const firstId = first.response.headers.get("x-aria-session-id")!;
    await storedMessages(firstId, 2);
    const [newer] = await db.insert(conversations).values({ userId: account.id, title: "newer" }).returning();

    const list = await callRoute(sessions, "GET", { token: account.token });
    expect((await list.json()).sessions.map((s: { session_id: string }) => s.session_id)).toEqual([newer!.id, firstId]);

    const read = await callRoute(sessionMessages, "GET", { token: account.token, params: { session_id: firstId } });
    expect(read.status).toBe(200);
    expect((await read.json()).messages).toEqual([
      { role: "user", content: "first", created_at: expect.any(String) },
      { role: "assistant", content: "Hello Sam.", created_at: expect.any(String) },
    ]);

    const other = await athlete();
    const get = (token: string | undefined, id: string) =>
      callRoute(sessionMessages, "GET", { token, params: { session_id: id } });
    expect((await get(other.token, firstId)).status).toBe(403);
    expect((await get(account.token, crypto.randomUUID())).status).toBe(404);
    expect((await get(undefined, firstId)).status).toBe(401);
    // Posting into another athlete's session is refused too, and stores nothing there.
    expect((await askAria(other, { message: "hi", session_id: firstId })).response.status).toBe(403);
    expect(await storedMessages(firstId, 2)).toHaveLength(2);
  });
});

describe("POST /api/chat (the browser's useChat)", () => {
  it("streams the UI message stream with the session cookie and keeps the conversation under the chat id", async () => {
    useModel({ local: () => textModel("Hi from Aria.") });
    const account = await athlete();
    const id = crypto.randomUUID();
    const response = await callRoute(chatRoute, "POST", {
      headers: { cookie: account.cookie },
      body: {
        id,
        messages: [{ id: "m1", role: "user", parts: [{ type: "text", text: "Hello Aria" }] }],
      },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-aria-session-id")).toBe(id);
    const body = await response.text();
    expect(body).toContain('"type":"text-delta"');
    expect(body).toContain("Aria.");
    const rows = await storedMessages(id, 2);
    expect(rows.map((r) => r.content)).toEqual(["Hello Aria", "Hi from Aria."]);
  });

  it("keeps the API's JSON errors: 401 signed out, 400 without a user message", async () => {
    const account = await athlete();
    expect((await callRoute(chatRoute, "POST", { body: { messages: [] } })).status).toBe(401);
    const bad = await callRoute(chatRoute, "POST", {
      headers: { cookie: account.cookie },
      body: { messages: [{ role: "assistant", parts: [{ type: "text", text: "hi" }] }] },
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.code).toBe("validation_error");
  });
});

describe("aria-local and the coach's notes", () => {
  it("tells the athlete what their coach wrote, and only their own coach's words", async () => {
    useModel({});
    const [coach, account, other] = [await testAccount(db, "coach", "Coach Lane"), await athlete(), await athlete()];
    await db.insert(coachAthletes).values({ coachId: coach.id, athleteId: account.id });
    const [session] = await db
      .insert(trainingSessions)
      .values({ userId: account.id, date: "2026-11-23", type: "acceleration", durationMin: 45, rpe: 7 })
      .returning();
    await createCoachNote(db, coach.id, account.id, {
      target_type: "session",
      target_id: session!.id,
      body: "Drive phase looked patient. Same again Thursday.",
    });
    const { text } = await askAria(account, { message: "What did my coach say?" });
    expect(text).toContain("Coach Lane");
    expect(text).toContain("Drive phase looked patient. Same again Thursday.");
    const elsewhere = await askAria(other, { message: "What did my coach say?" });
    expect(elsewhere.text).toMatch(/No notes from your coach yet/);
    expect(elsewhere.text).not.toContain("Drive phase");
  });
});
