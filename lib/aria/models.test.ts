import { streamText } from "ai";
import { describe, expect, it } from "vitest";
import { FALLBACK_NOTE, selectModel } from "./models";
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
