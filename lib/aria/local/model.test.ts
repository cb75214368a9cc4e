import type { LanguageModelV4StreamPart } from "@ai-sdk/provider";
import { generateText, stepCountIs, streamText, tool } from "ai";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { SESSION_TYPES } from "@/lib/core/domain";
import { ALEX, JORDAN, JORDAN_MENDING, SAM, systemWith } from "./fixtures";
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
      reps: z.array(z.object({ reps: z.number().int(), distance_m: z.number().optional() })).optional(),
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

  it("answers whether the athlete can sprint on the injury from today's verdict", async () => {
    const result = streamText({
      model: ariaLocal(),
      system: systemWith(JORDAN),
      messages: [{ role: "user", content: "can I sprint with my hamstring" }],
    });
    const text = await result.text;
    expect(text).toMatch(/^No — not today: pain 7\/10 in your right hamstring \(Mon 23 Nov\)/);
    expect(text).toContain("Rest today instead");
  });

  it("answers the injury itself with the warning rules, and the same verdict", async () => {
    const text = (
      await generateText({
        model: ariaLocal(),
        system: systemWith(JORDAN),
        messages: [{ role: "user", content: "my hamstring hurts" }],
      })
    ).text;
    expect(text).toContain("7/10");
    expect(text).toContain("don't sprint on an active injury");
    expect(text).toContain("Today's call is rest");
  });

  it.each([
    [JORDAN_MENDING, "Can I do flying sprints today?", /^No — not today\. Max-velocity work \(flys\) is a hard sprint/],
    [JORDAN_MENDING, "what's my session?", /^Modify today — today's session: strength, 40 min at RPE 6/],
    [ALEX, "am I good to go?", /^Go\. Nothing in your data holds you back today \(no active injury and ACWR 1\.05\)/],
    [JORDAN, "should I train today?", /^Rest today\. Why:/],
  ])("answers readiness in any phrasing: %#", async (ctx, question, opening) => {
    const { text } = await generateText({
      model: ariaLocal(),
      system: systemWith(ctx),
      messages: [{ role: "user", content: question }],
    });
    expect(text).toMatch(opening);
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
      reps: [{ reps: 6, distance_m: 30 }],
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
      notes: "did some flys yesterday",
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

describe("a hard sprint session on an active lower-body injury", () => {
  const description = "6x30m flys, RPE 7, 45 min";
  const confirmation =
    "That's a max-velocity session with your right hamstring still active (pain 4/10). Log it anyway? Reply yes to log it, or tell me what you actually did.";

  async function turn(ctx: typeof JORDAN, messages: { role: "user" | "assistant"; content: string }[]) {
    const execute = vi.fn(async (args: unknown) => ({ logged: true, session: args }));
    const result = await generateText({
      model: ariaLocal(),
      system: systemWith(ctx),
      messages,
      tools: { log_session: logTool(execute) },
      stopWhen: stepCountIs(2),
    });
    return { execute, text: result.text };
  }

  it("asks to confirm before logging it", async () => {
    const { execute, text } = await turn(JORDAN_MENDING, [{ role: "user", content: description }]);
    expect(execute).not.toHaveBeenCalled();
    expect(text).toBe(confirmation);
  });

  it.each(["yes", "Yes!", "log it", "confirm"])("logs the session's own fields on %j, never the reply", async (yes) => {
    const { execute, text } = await turn(JORDAN_MENDING, [
      { role: "user", content: description },
      { role: "assistant", content: confirmation },
      { role: "user", content: yes },
    ]);
    expect(execute).toHaveBeenCalledTimes(1);
    expect(execute.mock.calls[0]![0]).toEqual({
      type: "max_velocity",
      duration_min: 45,
      rpe: 7,
      date: "2026-11-24",
      notes: description,
      reps: [{ reps: 6, distance_m: 30 }],
    });
    expect(text).toContain("Logged: max velocity, 45 min at RPE 7 on Tue 24 Nov");
  });

  it("logs a session completed over several messages with the description as its notes", async () => {
    const { execute } = await turn(JORDAN_MENDING, [
      { role: "user", content: "did some flys yesterday" },
      { role: "assistant", content: "I'd love to log that session for you. How long was it, and how hard (RPE 1–10)?" },
      { role: "user", content: "forty minutes, rpe of eight" },
      {
        role: "assistant",
        content:
          "That's a max-velocity session with your right hamstring still active (pain 4/10). Log it anyway? Reply yes to log it, or tell me what you actually did.",
      },
      { role: "user", content: "yes" },
    ]);
    expect(execute.mock.calls[0]![0]).toEqual({
      type: "max_velocity",
      duration_min: 40,
      rpe: 8,
      date: "2026-11-23",
      notes: "did some flys yesterday",
    });
  });

  it("logs nothing on no", async () => {
    const { execute, text } = await turn(JORDAN_MENDING, [
      { role: "user", content: description },
      { role: "assistant", content: confirmation },
      { role: "user", content: "no" },
    ]);
    expect(execute).not.toHaveBeenCalled();
    expect(text).toContain("nothing logged");
  });

  it("reads another answer afresh: what the athlete actually did is logged at once", async () => {
    const { execute } = await turn(JORDAN_MENDING, [
      { role: "user", content: description },
      { role: "assistant", content: confirmation },
      { role: "user", content: "actually it was easy pool recovery, 30 min rpe 2" },
    ]);
    expect(execute.mock.calls[0]![0]).toMatchObject({ type: "recovery", duration_min: 30, rpe: 2 });
  });

  it("logs at once without an injury, and a session that isn't hard sprinting at once with one", async () => {
    expect((await turn(ALEX, [{ role: "user", content: description }])).execute).toHaveBeenCalledTimes(1);
    const tempo = await turn(JORDAN_MENDING, [{ role: "user", content: "tempo 30 min rpe 5" }]);
    expect(tempo.execute).toHaveBeenCalledTimes(1);
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
  it("reads today's readiness from the context, and drops one that isn't the engine's shape", () => {
    const system = (today: unknown) => [
      { role: "system" as const, content: systemWith({ ...JORDAN, today } as never) },
    ];
    expect(extractContext(system(JORDAN.today))?.today).toEqual(JORDAN.today);
    expect(extractContext(system({ ...JORDAN.today, verdict: "maybe" }))?.today).toBeNull();
    expect(extractContext(system({ verdict: "go" }))?.today).toBeNull();
    expect(extractContext(system(undefined))?.today).toBeNull();
    const partial = extractContext(
      system({ ...JORDAN.today, reasons: [null, { rule: "acwr_high" }, JORDAN.today!.reasons[0]] }),
    );
    expect(partial?.today?.reasons).toEqual([JORDAN.today!.reasons[0]]);
  });
  it("decides a tool call with a deterministic id", async () => {
    const prompt = [
      { role: "system" as const, content: systemWith(JORDAN) },
      { role: "user" as const, content: [{ type: "text" as const, text: "tempo 30 min rpe 5" }] },
    ];
    const a = await decideTurn(prompt, ["log_session"]);
    const b = await decideTurn(prompt, ["log_session"]);
    expect(a.kind).toBe("tool-call");
    expect(a).toEqual(b);
  });
});
