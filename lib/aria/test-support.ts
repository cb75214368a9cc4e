import type { LanguageModelV4, LanguageModelV4StreamPart } from "@ai-sdk/provider";
import { MockLanguageModelV4, simulateReadableStream } from "ai/test";

/** Test doubles for Aria's models (used by the tests beside lib/aria and app/api/.../aria). */

const usage = {
  inputTokens: { total: 10, noCache: 10, cacheRead: 0, cacheWrite: 0 },
  outputTokens: { total: 5, text: 5, reasoning: 0 },
};

function textParts(text: string, id = "t1"): LanguageModelV4StreamPart[] {
  return [
    { type: "stream-start", warnings: [] },
    { type: "text-start", id },
    ...text.split(/(?<= )/).map((delta): LanguageModelV4StreamPart => ({ type: "text-delta", id, delta })),
    { type: "text-end", id },
    { type: "finish", finishReason: { unified: "stop", raw: "stop" }, usage },
  ];
}

/** A model that streams `text`. */
export function textModel(text: string, modelId = "mock-text"): LanguageModelV4 {
  return new MockLanguageModelV4({
    modelId,
    doStream: async () => ({ stream: simulateReadableStream({ chunks: textParts(text) }) }),
  });
}

/** A model whose doStream throws. */
export function throwingModel(modelId = "mock-throwing"): LanguageModelV4 {
  return new MockLanguageModelV4({
    modelId,
    doStream: async () => {
      throw new Error("the model is down");
    },
  });
}

/** A model that starts a reply, then fails mid-stream. */
export function failingMidStreamModel(modelId = "mock-mid-failure"): LanguageModelV4 {
  return new MockLanguageModelV4({
    modelId,
    doStream: async () => ({
      stream: simulateReadableStream<LanguageModelV4StreamPart>({
        chunks: [
          { type: "stream-start", warnings: [] },
          { type: "text-start", id: "t1" },
          { type: "text-delta", id: "t1", delta: "Half a " },
          { type: "error", error: new Error("connection reset") },
        ],
      }),
    }),
  });
}

/** A model that never produces a first token. */
export function silentModel(modelId = "mock-silent"): LanguageModelV4 {
  return new MockLanguageModelV4({
    modelId,
    doStream: async (options) => ({
      stream: new ReadableStream<LanguageModelV4StreamPart>({
        start(controller) {
          controller.enqueue({ type: "stream-start", warnings: [] });
          options.abortSignal?.addEventListener("abort", () => controller.error(new Error("aborted")));
        },
      }),
    }),
  });
}
