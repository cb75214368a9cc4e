import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * TEST HARNESS, not a product feature: a tiny OpenAI-compatible server on loopback (127.0.0.1, a free port) that
 * speaks `POST /v1/chat/completions` with `stream: true` as Server-Sent Events in the Chat Completions chunk format.
 * Modes:
 * - "text": streams `reply` in a few deltas;
 * - "tool": the first request calls `toolName` with `toolArguments`; a request that carries the tool's result
 *   (a `role: "tool"` message) is answered with `reply`;
 * - "fail": 500 with an OpenAI-shaped error;
 * - "hang": accepts the request and never answers (until the server closes).
 * Every request body is kept in `requests`, for assertions.
 */

type HarnessMode = "text" | "tool" | "fail" | "hang";

export interface OpenAiCompatibleHarness {
  /** The base URL to give the provider, e.g. http://127.0.0.1:54321/v1 */
  baseURL: string;
  mode: HarnessMode;
  reply: string;
  toolName: string;
  toolArguments: Record<string, unknown>;
  requests: { model?: string; messages?: { role: string; content?: unknown }[]; tools?: unknown[] }[];
  close(): Promise<void>;
}

const chunk = (id: string, model: string, delta: unknown, finishReason: string | null = null) => ({
  id,
  object: "chat.completion.chunk",
  created: Math.floor(Date.now() / 1000),
  model,
  choices: [{ index: 0, delta, finish_reason: finishReason }],
});

function split(text: string, parts = 4): string[] {
  const size = Math.max(1, Math.ceil(text.length / parts));
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const piece of request) chunks.push(piece as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export async function startOpenAiCompatibleHarness(
  initial: Partial<Pick<OpenAiCompatibleHarness, "mode" | "reply" | "toolName" | "toolArguments">> = {},
): Promise<OpenAiCompatibleHarness> {
  let calls = 0;
  const harness: OpenAiCompatibleHarness = {
    baseURL: "",
    mode: initial.mode ?? "text",
    reply: initial.reply ?? "Nice work this week: 4 sessions, average RPE 6.",
    toolName: initial.toolName ?? "log_session",
    toolArguments: initial.toolArguments ?? { type: "max_velocity", duration_min: 45, rpe: 7 },
    requests: [],
    close: async () => {},
  };

  const server: Server = createServer(async (request, response) => {
    if (request.method !== "POST" || !request.url?.endsWith("/chat/completions")) {
      response.writeHead(404, { "content-type": "application/json" });
      response.end(JSON.stringify({ error: { message: "not found", type: "invalid_request_error" } }));
      return;
    }
    const body = JSON.parse(await readBody(request)) as OpenAiCompatibleHarness["requests"][number];
    harness.requests.push(body);
    const model = body.model ?? "test-model";
    const id = `chatcmpl-${++calls}`;

    if (harness.mode === "hang") return; // never answers
    if (harness.mode === "fail") {
      response.writeHead(500, { "content-type": "application/json" });
      response.end(JSON.stringify({ error: { message: "the test server is failing", type: "server_error" } }));
      return;
    }

    response.writeHead(200, {
      "content-type": "text/event-stream",
      "cache-control": "no-cache",
      connection: "keep-alive",
    });
    const send = (data: unknown) => response.write(`data: ${JSON.stringify(data)}\n\n`);
    const hasToolResult = (body.messages ?? []).some((m) => m.role === "tool");

    if (harness.mode === "tool" && !hasToolResult) {
      const args = JSON.stringify(harness.toolArguments);
      const half = Math.ceil(args.length / 2);
      send(
        chunk(id, model, {
          role: "assistant",
          content: null,
          tool_calls: [
            { index: 0, id: "call_1", type: "function", function: { name: harness.toolName, arguments: "" } },
          ],
        }),
      );
      send(chunk(id, model, { tool_calls: [{ index: 0, function: { arguments: args.slice(0, half) } }] }));
      send(chunk(id, model, { tool_calls: [{ index: 0, function: { arguments: args.slice(half) } }] }));
      send(chunk(id, model, {}, "tool_calls"));
    } else {
      send(chunk(id, model, { role: "assistant", content: "" }));
      for (const piece of split(harness.reply)) send(chunk(id, model, { content: piece }));
      send(chunk(id, model, {}, "stop"));
    }
    send({
      id,
      object: "chat.completion.chunk",
      created: Math.floor(Date.now() / 1000),
      model,
      choices: [],
      usage: { prompt_tokens: 100, completion_tokens: 20, total_tokens: 120 },
    });
    response.end("data: [DONE]\n\n");
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  harness.baseURL = `http://127.0.0.1:${port}/v1`;
  harness.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return harness;
}
