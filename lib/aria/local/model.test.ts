import type { LanguageModelV4StreamPart } from "@ai-sdk/provider";
import { generateText, stepCountIs, streamText, tool } from "ai";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { SESSION_TYPES } from "@/lib/core/domain";
import { JORDAN, SAM, systemWith } from "./fixtures";
import { ariaLocal, chunkText, decideTurn, extractContext } from "./model";

async function collect(stream: AsyncIterable<string>): Promise<string[]> {
  const chunks: string[] = [];
  for await (const c of stream) chunks.push(c);
  return chunks;
}

function logTool(execute: (args: unknown) => Promise<unknown>) {
  return tool({
    description: "Log a training session",
    inputSchema: z.object({
      date: z.string().optional(),
      type: z.enum(SESSION_TYPES),
      duration_min: z.number().int().min(1).max(600),
      rpe: z.number().int().min(1).max(10),
      mood: z.number().int().min(1).max(5).optional(),
      notes: z.string().optional(),
    }),
    execute: async (args) => execute(args),
  });
}

describe("ariaLocal through streamText", () => {
  it("identifies itself as a v4 model", () => {
    const m = ariaLocal();
    expect(m.specificationVersion).toBe("v4");
    expect(m.provider).toBe("aria");
    expect(m.modelId).toBe("aria-local");
  });

  it("streams a training summary in several chunks that quote the real numbers", async () => {
    const result = streamText({
      model: ariaLocal(),
      system: systemWith(JORDAN),
      messages: [{ role: "user", content: "how was my week?" }],
    });
    const chunks = await collect(result.textStream);
    expect(chunks.length).toBeGreaterThan(5);
    const text = chunks.join("");
    expect(text).toContain("3 sessions and 150 minutes");
    expect(text).toContain("0.67");
    expect(await result.finishReason).toBe("stop");
    const usage = await result.usage;
    expect(usage.outputTokens).toBe(text.split(/\s+/).filter(Boolean).length);
    expect(usage.inputTokens).toBeGreaterThan(0);
  });

  it("answers the injury question with the warning rules", async () => {
    const result = streamText({
      model: ariaLocal(),
      system: systemWith(JORDAN),
      messages: [{ role: "user", content: "can I sprint with my hamstring" }],
    });
    const text = await result.text;
    expect(text).toContain("7/10");
    expect(text).toContain("don't sprint on an active injury");
  });

  it("calls log_session with the parsed args, then confirms in text", async () => {
    const execute = vi.fn(async (args: unknown) => ({ id: "s1", ...(args as object) }));
    const result = streamText({
      model: ariaLocal(),
      system: systemWith(SAM),
      messages: [{ role: "user", content: "6x30m flys, RPE 7, 45 min" }],
      tools: { log_session: logTool(execute) },
      stopWhen: stepCountIs(2),
    });
    const text = await result.text;
    expect(execute).toHaveBeenCalledTimes(1);
    expect(execute.mock.calls[0]![0]).toEqual({
      type: "max_velocity",
      duration_min: 45,
      rpe: 7,
      date: "2026-11-24",
      notes: "6x30m flys, RPE 7, 45 min",
    });
    const steps = await result.steps;
    expect(steps).toHaveLength(2);
    expect(steps[0]!.finishReason).toBe("tool-calls");
    expect(steps[0]!.toolCalls[0]!.toolName).toBe("log_session");
    expect(text).toContain("Logged: max velocity, 45 min at RPE 7 on Tue 24 Nov");
    expect(text).toContain("load of 315");
    expect(text).toContain("1.62 — above the 1.5 danger line");
  });

  it("reports a failed tool call honestly", async () => {
    const result = streamText({
      model: ariaLocal(),
      system: systemWith(SAM),
      messages: [{ role: "user", content: "tempo 30 min rpe 5" }],
      tools: {
        log_session: logTool(async () => {
          throw new Error("database unavailable");
        }),
      },
      stopWhen: stepCountIs(2),
    });
    expect(await result.text).toContain("couldn't log that session");
  });

  it("asks for what's missing instead of calling the tool", async () => {
    const execute = vi.fn(async () => ({}));
    const result = streamText({
      model: ariaLocal(),
      system: systemWith(JORDAN),
      messages: [{ role: "user", content: "did some flys yesterday" }],
      tools: { log_session: logTool(execute) },
      stopWhen: stepCountIs(2),
    });
    expect(await result.text).toContain("How long was it, and how hard (RPE 1–10)?");
    expect(execute).not.toHaveBeenCalled();
  });

  it("completes a session from the follow-up answer", async () => {
    const execute = vi.fn(async (args: unknown) => args);
    const result = await generateText({
      model: ariaLocal(),
      system: systemWith(SAM),
      messages: [
        { role: "user", content: "did some flys yesterday" },
        {
          role: "assistant",
          content: "I'd love to log that session for you. How long was it, and how hard (RPE 1–10)?",
        },
        { role: "user", content: "40 min, rpe 8" },
      ],
      tools: { log_session: logTool(execute) },
      stopWhen: stepCountIs(2),
    });
    expect(execute.mock.calls[0]![0]).toMatchObject({
      type: "max_velocity",
      duration_min: 40,
      rpe: 8,
      date: "2026-11-23",
    });
    expect(result.text).toContain("load of 320");
  });

  it("explains the Sessions page when the tool isn't available", async () => {
    const result = streamText({
      model: ariaLocal(),
      system: systemWith(JORDAN),
      messages: [{ role: "user", content: "6x30m flys, RPE 7, 45 min" }],
    });
    expect(await result.text).toContain("Sessions page");
  });

  it("tolerates a missing context and is deterministic", async () => {
    const run = () =>
      generateText({ model: ariaLocal(), messages: [{ role: "user", content: "how was my week" }] }).then(
        (r) => r.text,
      );
    const [a, b] = await Promise.all([run(), run()]);
    expect(a).toBe(b);
    expect(a).toContain("can't see your training data");
  });
});

describe("raw doStream parts", () => {
  it("emits stream-start, text-start/delta/end with one id, and finish", async () => {
    const { stream } = await ariaLocal().doStream({
      prompt: [
        { role: "system", content: systemWith(JORDAN) },
        { role: "user", content: [{ type: "text", text: "hi" }] },
      ],
    });
    const parts: LanguageModelV4StreamPart[] = [];
    const reader = stream.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parts.push(value);
    }
    expect(parts[0]!.type).toBe("stream-start");
    const types = parts.map((p) => p.type);
    expect(types.filter((t) => t === "text-delta").length).toBeGreaterThan(1);
    expect(types.indexOf("text-start")).toBeLessThan(types.indexOf("text-delta"));
    expect(types.at(-2)).toBe("text-end");
    const finish = parts.at(-1)!;
    expect(finish).toMatchObject({ type: "finish", finishReason: { unified: "stop", raw: "stop" } });
  });
});

describe("helpers", () => {
  it("chunks text losslessly", () => {
    const text = "Hi Jordan!\n\n- one two three\n- four";
    expect(chunkText(text, 2).join("")).toBe(text);
    expect(chunkText(text, 2).length).toBeGreaterThan(1);
  });
  it("reads the context from the system prompt and tolerates garbage", () => {
    expect(extractContext([{ role: "system", content: systemWith(JORDAN) }])?.load.acwr).toBe(0.67);
    expect(extractContext([{ role: "system", content: "<athlete-context>{oops</athlete-context>" }])).toBeNull();
    expect(extractContext([{ role: "system", content: "no tags" }])).toBeNull();
  });
  it("decides a tool call with a deterministic id", () => {
    const prompt = [
      { role: "system" as const, content: systemWith(JORDAN) },
      { role: "user" as const, content: [{ type: "text" as const, text: "tempo 30 min rpe 5" }] },
    ];
    const a = decideTurn(prompt, ["log_session"]);
    const b = decideTurn(prompt, ["log_session"]);
    expect(a.kind).toBe("tool-call");
    expect(a).toEqual(b);
  });
});
