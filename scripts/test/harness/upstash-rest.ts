/**
 * TEST HARNESS — not for production. An HTTP server that speaks the subset of the Upstash REST protocol that
 * @vercel/kv (through @upstash/redis) uses, and runs every command on a real Redis. It lets the vercel-kv
 * adapter be tested end to end, wire format included, without a cloud account:
 *
 * - every request is a POST with `Authorization: Bearer <token>` (401 otherwise);
 * - `POST /` takes one command as a JSON array (`["set","k","v","ex",10]`) and answers `{"result": …}`, or
 *   status 400 with `{"error": "…"}`;
 * - `POST /pipeline` and `POST /multi-exec` take `[[…],[…]]` and answer `[{"result": …} | {"error": "…"}, …]`;
 *   multi-exec runs as one MULTI/EXEC transaction;
 * - with `Upstash-Encoding: base64` every string in a result is base64 (UTF-8), nested arrays included;
 *   numbers and null are left as they are.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createClient, ErrorReply, MultiErrorReply } from "redis";

type Redis = ReturnType<typeof redisClient>;
type Outcome = { result: unknown } | { error: string };

export async function startUpstashRestHarness(opts: {
  redisUrl: string;
  token: string;
}): Promise<{ url: string; close(): Promise<void> }> {
  const redis = redisClient(opts.redisUrl);
  // Failures reach the client as per-command errors; an unheard 'error' event would crash the test run.
  redis.on("error", () => undefined);
  await redis.connect();

  const server = createServer((req, res) => {
    handle(redis, opts.token, req, res).catch((error: unknown) => reply(res, 500, { error: messageOf(error) }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      // The client keeps connections alive; without this, close() would wait for them to idle out.
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
      await redis.close();
    },
  };
}

/** RESP2, the protocol Upstash answers in: with node-redis's default RESP3, replies such as HGETALL's would be objects. */
function redisClient(url: string) {
  return createClient({ url, RESP: 2 });
}

async function handle(redis: Redis, token: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.headers.authorization !== `Bearer ${token}`) return reply(res, 401, { error: "Unauthorized" });
  if (req.method !== "POST") return reply(res, 405, { error: "Method not allowed" });

  const body: unknown = JSON.parse(await readBody(req));
  const base64 = req.headers["upstash-encoding"] === "base64";
  const encode = (outcome: Outcome): Outcome =>
    "result" in outcome && base64 ? { result: toBase64(outcome.result) } : outcome;

  const path = new URL(req.url ?? "/", "http://harness").pathname;
  if (path === "/") {
    if (!isCommand(body)) return reply(res, 400, { error: "ERR the body must be a command array" });
    const outcome = encode(await run(redis, body));
    return reply(res, "error" in outcome ? 400 : 200, outcome);
  }
  if (path === "/pipeline" || path === "/multi-exec") {
    if (!Array.isArray(body) || !body.every(isCommand)) {
      return reply(res, 400, { error: "ERR the body must be an array of command arrays" });
    }
    const outcomes = path === "/pipeline" ? await pipeline(redis, body) : await transaction(redis, body);
    return reply(res, 200, outcomes.map(encode));
  }
  return reply(res, 404, { error: `Unknown path ${path}` });
}

async function run(redis: Redis, command: unknown[]): Promise<Outcome> {
  try {
    return { result: await redis.sendCommand(command.map(String)) };
  } catch (error) {
    return { error: messageOf(error) };
  }
}

/** node-redis writes concurrent commands in call order on its one connection, as a pipeline would. */
function pipeline(redis: Redis, commands: unknown[][]): Promise<Outcome[]> {
  return Promise.all(commands.map((command) => run(redis, command)));
}

async function transaction(redis: Redis, commands: unknown[][]): Promise<Outcome[]> {
  const multi = redis.multi();
  for (const command of commands) multi.addCommand(command.map(String));
  let replies: unknown[];
  try {
    replies = await multi.exec();
  } catch (error) {
    // A command that fails inside EXEC fails alone; the others' replies are still there.
    if (!(error instanceof MultiErrorReply)) throw error;
    replies = error.replies;
  }
  return replies.map((result) => (result instanceof ErrorReply ? { error: result.message } : { result }));
}

function toBase64(value: unknown): unknown {
  if (typeof value === "string") return Buffer.from(value, "utf8").toString("base64");
  if (Array.isArray(value)) return value.map(toBase64);
  return value;
}

function isCommand(value: unknown): value is unknown[] {
  return Array.isArray(value) && value.length > 0 && value.every((arg) => typeof arg !== "object" || arg === null);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify(body));
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
