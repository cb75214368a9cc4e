import { streamText } from "ai";
import { afterEach, describe, expect, it, vi } from "vitest";
import { startOpenAiCompatibleHarness } from "@/scripts/test/harness/openai-compatible";
import { DEFAULT_FIRST_TOKEN_TIMEOUT_MS, FALLBACK_NOTE, probeModel, selectModel } from "./models";
import { failingMidStreamModel, silentModel, textModel, throwingModel } from "./test-support";

async function reply(config: Parameters<typeof selectModel>[0]) {
  const chosen = await selectModel(config);
  const result = streamText({ model: chosen.model, prompt: "Hi", maxRetries: 0 });
  let text = "";
  for await (const delta of result.textStream) text += delta;
  return { text, answeredBy: chosen.answeredBy(), provider: chosen.provider };
}

describe("selectModel", () => {
  it("uses aria-local without a remote model", async () => {
    const chosen = await selectModel({ local: () => textModel("local") });
    expect(chosen.provider).toBe("aria-local");
    expect(chosen.answeredBy()).toBe("aria-local");
  });

  it("builds the Chat Completions model from an OpenAI config", async () => {
    const chosen = await selectModel({ openai: { apiKey: "sk-test", model: "gpt-4o-mini" }, fallback: false });
    expect(chosen.provider).toBe("openai");
    expect(chosen.model.modelId).toBe("gpt-4o-mini");
    expect(chosen.model.provider).toBe("openai.chat");
  });

  it("passes a working remote reply through unchanged", async () => {
    const out = await reply({ primary: textModel("Remote answer.", "remote"), local: () => textModel("local") });
    expect(out).toMatchObject({ text: "Remote answer.", answeredBy: "remote" });
  });

  it.each([
    ["throws", throwingModel()],
    ["gives no first token in time", silentModel()],
  ])("falls back to aria-local with the note when the remote model %s", async (_, primary) => {
    const out = await reply({ primary, firstTokenTimeoutMs: 100, local: () => textModel("Local answer.") });
    expect(out.text).toBe(`${FALLBACK_NOTE}\n\nLocal answer.`);
    expect(out.answeredBy).toBe("aria-local");
  });

  it("switches to aria-local when the remote model fails mid-reply", async () => {
    const out = await reply({ primary: failingMidStreamModel(), local: () => textModel("Local answer.") });
    expect(out.text).toBe(`Half a \n\n${FALLBACK_NOTE}\n\nLocal answer.`);
    expect(out.answeredBy).toBe("aria-local");
  });

  it("does not fall back when told not to", async () => {
    const chosen = await selectModel({ primary: throwingModel(), fallback: false, local: () => textModel("x") });
    const result = streamText({ model: chosen.model, prompt: "Hi", maxRetries: 0 });
    const parts: string[] = [];
    for await (const part of result.fullStream) parts.push(part.type);
    expect(parts).toContain("error");
  });
});

describe("the first-token timeout", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("is 5 s unless configured: a silent model holds the reply no longer", async () => {
    expect(DEFAULT_FIRST_TOKEN_TIMEOUT_MS).toBe(5_000);
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    let settled = false;
    const pending = reply({ primary: silentModel(), local: () => textModel("Local answer.") }).finally(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(DEFAULT_FIRST_TOKEN_TIMEOUT_MS - 1);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await vi.runAllTimersAsync();
    expect(await pending).toMatchObject({ text: `${FALLBACK_NOTE}\n\nLocal answer.`, answeredBy: "aria-local" });
  });

  it("falls back when an OpenAI-compatible server accepts the request and never answers", async () => {
    const harness = await startOpenAiCompatibleHarness({ mode: "hang" });
    try {
      const out = await reply({
        openai: { baseURL: harness.baseURL, model: "hanging-model" },
        firstTokenTimeoutMs: 50,
        local: () => textModel("Local answer."),
      });
      expect(out).toEqual({ text: `${FALLBACK_NOTE}\n\nLocal answer.`, answeredBy: "aria-local", provider: "openai" });
    } finally {
      await harness.close();
    }
  });
});

describe("probeModel", () => {
  it("does not ask aria-local, which is built in", async () => {
    expect(await probeModel(1_000, { local: () => textModel("x") })).toEqual({
      status: "ok",
      provider: "aria-local",
      model: "aria-local",
    });
  });

  it("asks a remote model for a few tokens and reports ok, down, or silent", async () => {
    const harness = await startOpenAiCompatibleHarness({ reply: "OK" });
    const config = { openai: { baseURL: harness.baseURL, model: "probe-model" } };
    try {
      expect(await probeModel(5_000, config)).toMatchObject({ status: "ok", provider: "openai", model: "probe-model" });
      expect(harness.requests.at(-1)?.messages?.at(-1)).toMatchObject({ role: "user" });
      harness.mode = "fail";
      expect(await probeModel(5_000, config)).toEqual({
        status: "down",
        provider: "openai",
        model: "probe-model",
        error: "the model service answered HTTP 500",
      });
      harness.mode = "hang";
      expect(await probeModel(50, config)).toMatchObject({ status: "down", error: "no answer within 50 ms" });
    } finally {
      await harness.close();
    }
  });
});
