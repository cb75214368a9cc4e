import { env } from "@/lib/core/env";
import { AppError, toAppError } from "@/lib/core/errors";
import { logger } from "@/lib/core/logger";
import { sha256Hex } from "@/lib/core/secrets";
import { withTimeout } from "@/lib/core/timeout";
import type { KvStore } from "@/lib/kv";
import { errorResponse } from "./errors";

/**
 * `Idempotency-Key` on writes: a client that may send a change twice (a phone that lost signal mid-request, a queue
 * flushed when the connection returns) names the change, and Aria makes it once per caller and key.
 *
 * - The first answer that says what became of the request (a 2xx, or a 4xx other than 429) is kept for 24 hours
 *   under the caller's user id and a hash of the key; a retry gets it again, marked `Idempotent-Replayed: true`.
 * - A 5xx or a 429 is not kept: the write did not happen, so a retry must be able to make it.
 * - The same key on a different request (method, path and query, or body) is a 422 `idempotency_key_reused`.
 * - While the first is still running, a retry is a 409 `idempotency_key_in_progress`: a set-if-absent marker that
 *   expires after IN_PROGRESS_TTL_SECONDS, so a server that died mid-request does not hold the key for a day.
 * - Only JSON and empty answers are kept; a streamed one (the chat) releases the key instead.
 * - The guarantee needs the KV store: while it is down or slow the write goes ahead without it, with a warning,
 *   because Aria keeps working without its KV store (README, Caching).
 *
 * The two key errors are answers about the key, not the request, so they are not AppError codes; they use the same
 * JSON shape, and lib/openapi documents them with the other errors.
 */

export const IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";
export const IDEMPOTENT_REPLAYED_HEADER = "Idempotent-Replayed";
export const IDEMPOTENCY_TTL_SECONDS = 24 * 60 * 60;
/** Longer than any write takes (imports of a few thousand rows finish in seconds). */
export const IN_PROGRESS_TTL_SECONDS = 60;

const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"]);
/** Visible ASCII: what a UUID, a ULID or any token a client makes up is written in. */
const KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;

type Marker =
  | { state: "in_progress"; fingerprint: string }
  | { state: "done"; fingerprint: string; status: number; body: unknown };

export interface IdempotencyContext {
  kv: KvStore;
  request: Request;
  /** The principal's user id: keys of different callers never meet. */
  callerId: string;
  requestId: string;
  /** Bound on each KV call; the route's default is KV_TIMEOUT_MS. */
  kvTimeoutMs?: number;
}

function keyError(status: 409 | 422, code: string, message: string): Response {
  return Response.json({ error: { code, message } }, { status });
}

const inProgress = () =>
  keyError(
    409,
    "idempotency_key_in_progress",
    "A request with this Idempotency-Key is still being processed. Try again in a moment.",
  );

const reused = () =>
  keyError(
    422,
    "idempotency_key_reused",
    "This Idempotency-Key was already used for a different request. Use a new key for a new change.",
  );

function replay(marker: Extract<Marker, { state: "done" }>): Response {
  const headers = { [IDEMPOTENT_REPLAYED_HEADER]: "true" };
  if (marker.body === null) return new Response(null, { status: marker.status, headers });
  return Response.json(marker.body, { status: marker.status, headers });
}

/** What to keep of an answer, or undefined when it must not be replayed. */
async function keepable(response: Response): Promise<{ status: number; body: unknown } | undefined> {
  const { status } = response;
  const kept = (status >= 200 && status < 300) || (status >= 400 && status < 500 && status !== 429);
  if (!kept) return undefined;
  if (status === 204 || response.body === null) return { status, body: null };
  const type = (response.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/json") return undefined;
  return { status, body: await response.clone().json() };
}

/** The request as its key must always name it: method, path with query, and the body's bytes. */
async function fingerprintOf(request: Request): Promise<string> {
  const url = new URL(request.url);
  const body = new Uint8Array(await request.clone().arrayBuffer());
  const head = new TextEncoder().encode(`${request.method.toUpperCase()} ${url.pathname}${url.search}\n`);
  const bytes = new Uint8Array(head.length + body.length);
  bytes.set(head);
  bytes.set(body, head.length);
  return sha256Hex(bytes);
}

/**
 * Runs `write` at most once per (caller, Idempotency-Key), as described above. Without the header, or for a read,
 * it simply runs it. A 4xx that `write` throws is rendered here so that it can be kept; anything else thrown is
 * thrown on to the route wrapper, which logs and renders it.
 */
export async function withIdempotency(ctx: IdempotencyContext, write: () => Promise<Response>): Promise<Response> {
  const { kv, request, callerId, requestId } = ctx;
  if (!WRITES.has(request.method.toUpperCase())) return write();
  const key = request.headers.get(IDEMPOTENCY_KEY_HEADER);
  if (key === null) return write();
  if (!KEY_PATTERN.test(key)) {
    throw new AppError("validation_error", "The Idempotency-Key header is not valid.", {
      [IDEMPOTENCY_KEY_HEADER]: "must be 1 to 200 visible ASCII characters, without spaces (a UUID, for example)",
    });
  }

  const timeout = ctx.kvTimeoutMs ?? env().KV_TIMEOUT_MS;
  const bounded = <T>(work: Promise<T>) => withTimeout(work, timeout, "kv");
  const storageKey = `idempotency:${callerId}:${sha256Hex(key)}`;
  const fingerprint = await fingerprintOf(request);
  const unguarded = (error: unknown) => {
    logger().warn(
      { requestId, err: (error as Error).message },
      "idempotency skipped: kv unavailable, the write goes ahead unguarded",
    );
    return write();
  };

  // Two rounds: a marker may expire between a failed set-if-absent and the read that follows it.
  let acquired = false;
  for (let round = 0; round < 2 && !acquired; round++) {
    let existing: Marker | null;
    try {
      acquired = await bounded(
        kv.setIfAbsent(storageKey, { state: "in_progress", fingerprint }, IN_PROGRESS_TTL_SECONDS),
      );
      if (acquired) break;
      existing = await bounded(kv.get<Marker>(storageKey));
    } catch (error) {
      return unguarded(error);
    }
    if (!existing) continue;
    if (existing.fingerprint !== fingerprint) return reused();
    if (existing.state === "in_progress") return inProgress();
    return replay(existing);
  }
  if (!acquired) return inProgress();

  const release = () =>
    bounded(kv.delete(storageKey)).catch((error: Error) => {
      logger().warn({ requestId, err: error.message }, "idempotency key not released: kv unavailable");
    });

  let response: Response;
  try {
    response = await write();
  } catch (error) {
    const rendered = errorResponse(toAppError(error), requestId);
    if (rendered.status >= 500 || rendered.status === 429) {
      await release();
      throw error;
    }
    response = rendered;
  }

  const kept = await keepable(response);
  if (!kept) {
    await release();
    return response;
  }
  const marker: Marker = { state: "done", fingerprint, ...kept };
  await bounded(kv.set(storageKey, marker, { ttlSeconds: IDEMPOTENCY_TTL_SECONDS })).catch((error: Error) => {
    // The marker expires in a minute; until then a retry is told to wait rather than writing twice.
    logger().warn({ requestId, err: error.message }, "idempotent answer not stored: kv unavailable");
  });
  return response;
}
