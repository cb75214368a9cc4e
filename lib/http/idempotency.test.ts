import { createHash, randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/core/errors";
import { createKv, type KvConfig, type KvStore } from "@/lib/kv";
import { testServerUrl } from "@/scripts/test/urls";
import { IDEMPOTENCY_TTL_SECONDS, IN_PROGRESS_TTL_SECONDS, withIdempotency } from "./idempotency";

const RUN = randomUUID();

const backends: [string, (prefix: string) => KvConfig][] = [
  ["memory", (prefix) => ({ backend: "memory", prefix })],
  // The real Redis the global setup started; without it this suite fails (never skips).
  ["redis (real server)", (prefix) => ({ backend: "redis", url: testServerUrl("TEST_REDIS_URL"), prefix })],
];

interface Call {
  method?: string;
  path?: string;
  body?: unknown;
  key?: string | null;
  caller?: string;
}

/** A write that counts its runs and answers what `answer` says (a Response, or throws). */
function counter(
  answer: () => Response | Promise<Response> = () => Response.json({ id: randomUUID() }, { status: 201 }),
) {
  const write = async () => {
    write.runs += 1;
    return answer();
  };
  write.runs = 0;
  return write;
}

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

describe.each(backends)("Idempotency-Key on %s", (_name, config) => {
  const stores: KvStore[] = [];
  let count = 0;

  afterAll(async () => {
    for (const store of stores) {
      await store.deleteByPattern("*");
      await store.close();
    }
  });

  function open(): KvStore {
    count += 1;
    const store = createKv(config(`test:idempotency:${RUN}:${count}:`));
    stores.push(store);
    return store;
  }

  /** Calls `write` through the guard as one request of `caller` would. */
  function call(kv: KvStore, write: () => Promise<Response>, options: Call = {}) {
    const { method = "POST", path = "/api/v1/sessions", body = { rpe: 7 }, caller = "user-1" } = options;
    const key = options.key === undefined ? "key-1" : options.key;
    const headers = new Headers({ "content-type": "application/json" });
    if (key !== null) headers.set("idempotency-key", key);
    const request = new Request(`http://aria.test${path}`, {
      method,
      headers,
      body: method === "GET" ? undefined : JSON.stringify(body),
    });
    return withIdempotency({ kv, request, callerId: caller, requestId: "req-1" }, write);
  }

  it("runs every write that has no key, and every read, without touching the store", async () => {
    const kv = open();
    const write = counter();
    await call(kv, write, { key: null });
    await call(kv, write, { key: null });
    await call(kv, write, { method: "GET" });
    await call(kv, write, { method: "GET" });
    expect(write.runs).toBe(4);
    expect(await kv.deleteByPattern("*")).toBe(0);
  });

  it.each([
    ["empty", ""],
    ["with a space", "two words"],
    ["with a tab", "a\tb"],
    ["longer than 200 characters", "k".repeat(201)],
    ["not ASCII", "caf\u00e9"],
  ])("refuses a key that is %s with a 400 naming the header", async (_what, key) => {
    const write = counter();
    const refusal = call(open(), write, { key });
    await expect(refusal).rejects.toBeInstanceOf(AppError);
    await expect(refusal).rejects.toMatchObject({
      code: "validation_error",
      fields: { "Idempotency-Key": expect.stringContaining("1 to 200 visible ASCII characters") },
    });
    expect(write.runs).toBe(0);
  });

  it("accepts a key of 200 visible ASCII characters", async () => {
    const write = counter();
    const response = await call(open(), write, { key: `${"~!".repeat(99)}az` });
    expect(response.status).toBe(201);
  });

  it("makes the write once and replays its answer, marked, to a retry with the same key", async () => {
    const kv = open();
    const write = counter();
    const first = await call(kv, write);
    const firstBody = await first.json();
    expect(first.status).toBe(201);
    expect(first.headers.get("idempotent-replayed")).toBeNull();

    const retry = await call(kv, write);
    expect(retry.status).toBe(201);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(await retry.json()).toEqual(firstBody);
    expect(write.runs).toBe(1);
  });

  it("keeps the answer for 24 hours under the caller's id and a hash of the key, never the key itself", async () => {
    const kv = open();
    await call(kv, counter(), { key: "my-secret-key", caller: "user-42" });
    const hashed = createHash("sha256").update("my-secret-key").digest("hex");
    const ttl = await kv.ttl(`idempotency:user-42:${hashed}`);
    expect(ttl).toBeGreaterThan(IDEMPOTENCY_TTL_SECONDS - 5);
    expect(ttl).toBeLessThanOrEqual(IDEMPOTENCY_TTL_SECONDS);
    expect(await kv.deleteByPattern("*my-secret-key*")).toBe(0);
  });

  it("keeps keys apart per caller", async () => {
    const kv = open();
    const write = counter();
    await call(kv, write, { caller: "athlete-a" });
    const other = await call(kv, write, { caller: "athlete-b" });
    expect(write.runs).toBe(2);
    expect(other.headers.get("idempotent-replayed")).toBeNull();
  });

  it("answers 422 idempotency_key_reused to the same key on a different body, path or method", async () => {
    const kv = open();
    const write = counter();
    await call(kv, write, { body: { rpe: 7 } });
    for (const change of [{ body: { rpe: 8 } }, { path: "/api/v1/goals" }, { method: "PATCH" }] as Call[]) {
      const response = await call(kv, write, change);
      expect(response.status).toBe(422);
      expect(await response.json()).toEqual({
        error: { code: "idempotency_key_reused", message: expect.stringContaining("different request") },
      });
    }
    expect(write.runs).toBe(1);
  });

  it("answers 409 idempotency_key_in_progress while the first request runs, then replays once it is done", async () => {
    const kv = open();
    const gate = deferred();
    const write = counter(async () => {
      await gate.promise;
      return Response.json({ id: "s-1" }, { status: 201 });
    });
    const first = call(kv, write);
    // Let the first request take its marker before the second arrives.
    await expect.poll(() => write.runs).toBe(1);

    const concurrent = await call(kv, write);
    expect(concurrent.status).toBe(409);
    expect((await concurrent.json()).error.code).toBe("idempotency_key_in_progress");
    const reusedMeanwhile = await call(kv, write, { body: { rpe: 9 } });
    expect(reusedMeanwhile.status).toBe(422);

    gate.resolve();
    expect((await first).status).toBe(201);
    const later = await call(kv, write);
    expect(later.headers.get("idempotent-replayed")).toBe("true");
    expect(await later.json()).toEqual({ id: "s-1" });
    expect(write.runs).toBe(1);
  });

  it("marks a request in progress for a short time only, so a crashed server does not hold the key for a day", async () => {
    const kv = open();
    const gate = deferred();
    const pending = call(
      kv,
      counter(async () => {
        await gate.promise;
        return Response.json({}, { status: 201 });
      }),
      { caller: "user-9" },
    );
    const hashed = createHash("sha256").update("key-1").digest("hex");
    await expect.poll(() => kv.ttl(`idempotency:user-9:${hashed}`)).toBeGreaterThan(0);
    expect(await kv.ttl(`idempotency:user-9:${hashed}`)).toBeLessThanOrEqual(IN_PROGRESS_TTL_SECONDS);
    gate.resolve();
    await pending;
  });

  it("keeps and replays a 4xx the write throws, rendered in the API's error shape", async () => {
    const kv = open();
    const write = counter(() => {
      throw new AppError("not_found", "That session was not found.");
    });
    const first = await call(kv, write);
    expect(first.status).toBe(404);
    const retry = await call(kv, write);
    expect(retry.status).toBe(404);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(await retry.json()).toEqual({ error: { code: "not_found", message: "That session was not found." } });
    expect(write.runs).toBe(1);
  });

  it("replays an answer without a body (204) without one", async () => {
    const kv = open();
    const write = counter(() => new Response(null, { status: 204 }));
    await call(kv, write, { method: "DELETE" });
    const retry = await call(kv, write, { method: "DELETE" });
    expect(retry.status).toBe(204);
    expect(await retry.text()).toBe("");
    expect(write.runs).toBe(1);
  });

  it("keeps no 5xx and no 429, returned or thrown, so that a retry can succeed", async () => {
    const kv = open();
    const answers: (() => Response)[] = [
      () => Response.json({ error: { code: "unavailable", message: "Down." } }, { status: 503 }),
      () => {
        throw new Error("the database fell over");
      },
      () => {
        throw new AppError("rate_limited", "Too many requests.", undefined, 5);
      },
      () => Response.json({ id: "s-2" }, { status: 201 }),
    ];
    let attempt = 0;
    const write = counter(() => answers[attempt++]!());
    expect((await call(kv, write)).status).toBe(503);
    await expect(call(kv, write)).rejects.toThrow("the database fell over");
    await expect(call(kv, write)).rejects.toMatchObject({ code: "rate_limited" });
    expect((await call(kv, write)).status).toBe(201);
    const replayed = await call(kv, write);
    expect(replayed.headers.get("idempotent-replayed")).toBe("true");
    expect(write.runs).toBe(4);
  });

  it("keeps no streamed answer: the key is released and a retry runs again", async () => {
    const kv = open();
    const write = counter(() => new Response("Hello from Aria", { headers: { "content-type": "text/plain" } }));
    expect(await (await call(kv, write)).text()).toBe("Hello from Aria");
    expect(await (await call(kv, write)).text()).toBe("Hello from Aria");
    expect(write.runs).toBe(2);
  });
});

describe("Idempotency-Key while the KV store is down", () => {
  const request = () =>
    new Request("http://aria.test/api/v1/sessions", {
      method: "POST",
      headers: { "idempotency-key": "key-1", "content-type": "application/json" },
      body: "{}",
    });

  it("lets the write go ahead without the guarantee when the store refuses", async () => {
    const failing = new Proxy({} as KvStore, {
      get: () => async () => {
        throw new Error("ECONNREFUSED");
      },
    });
    const write = counter();
    const response = await withIdempotency({ kv: failing, request: request(), callerId: "u", requestId: "r" }, write);
    expect(response.status).toBe(201);
    expect(write.runs).toBe(1);
  });

  it("lets the write go ahead after the KV timeout when the store does not answer", async () => {
    const hanging = new Proxy({} as KvStore, { get: () => () => new Promise(() => undefined) });
    const write = counter();
    const started = performance.now();
    const response = await withIdempotency(
      { kv: hanging, request: request(), callerId: "u", requestId: "r", kvTimeoutMs: 50 },
      write,
    );
    expect(response.status).toBe(201);
    expect(write.runs).toBe(1);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it("still answers when the store fails after the write", async () => {
    const memory = createKv({ backend: "memory", prefix: `test:idempotency:${RUN}:late:` });
    const failingSet = new Proxy(memory, {
      get: (target, property) =>
        property === "set"
          ? async () => {
              throw new Error("ECONNRESET");
            }
          : Reflect.get(target, property).bind(target),
    });
    const write = counter();
    const response = await withIdempotency(
      { kv: failingSet, request: request(), callerId: "u", requestId: "r" },
      write,
    );
    expect(response.status).toBe(201);
    await memory.close();
  });
});
