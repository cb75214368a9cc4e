import "fake-indexeddb/auto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiClientError } from "@/lib/http/client";
import { createOutbox, newIdempotencyKey, outcomeOf, type SendOutcome, sendSession, type Transport } from "./outbox";

const ATHLETE = "athlete-1";
const BODY = {
  date: "2026-03-09",
  type: "acceleration",
  duration_min: 45,
  rpe: 7,
  reps: [{ reps: 4, distance_m: 30 }],
};

let databases = 0;

/** A fresh outbox on its own IndexedDB database, with a switch for the connection and a recording transport. */
function setup(answers: SendOutcome[] = [{ kind: "sent" }]) {
  let online = true;
  const calls: { body: unknown; key: string }[] = [];
  const transport = vi.fn<Transport>(async (body, key) => {
    calls.push({ body, key });
    return answers.length > 1 ? answers.shift()! : answers[0]!;
  });
  databases += 1;
  const outbox = createOutbox({ transport, dbName: `outbox-test-${databases}`, isOnline: () => online });
  return {
    outbox,
    transport,
    calls,
    setOnline: (value: boolean) => {
      online = value;
    },
  };
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the session outbox", () => {
  it("keeps a session logged while the phone is offline, without trying to send it", async () => {
    const { outbox, transport, setOnline } = setup();
    setOnline(false);
    const key = newIdempotencyKey();

    const result = await outbox.submit(ATHLETE, BODY, key);

    expect(result.kind).toBe("queued");
    expect(transport).not.toHaveBeenCalled();
    expect(await outbox.list(ATHLETE)).toEqual([
      expect.objectContaining({ key, owner: ATHLETE, body: BODY, state: "waiting" }),
    ]);
  });

  it("keeps a session whose request got no answer (the connection dropped) under the key it was sent with", async () => {
    const { outbox, calls } = setup([{ kind: "offline" }]);
    const key = newIdempotencyKey();

    const result = await outbox.submit(ATHLETE, BODY, key);

    expect(result.kind).toBe("queued");
    expect(calls.map((call) => call.key)).toEqual([key]);
    expect((await outbox.list(ATHLETE)).map((entry) => entry.key)).toEqual([key]);
  });

  it("sends a kept session exactly once, with its same key, when the connection returns", async () => {
    const { outbox, calls, setOnline } = setup();
    setOnline(false);
    const key = newIdempotencyKey();
    await outbox.submit(ATHLETE, BODY, key);
    expect(await outbox.flush(ATHLETE)).toEqual({ sent: 0, rejected: 0, kept: 1 });
    expect(calls).toHaveLength(0);

    setOnline(true);
    expect(await outbox.flush(ATHLETE)).toEqual({ sent: 1, rejected: 0, kept: 0 });
    expect(await outbox.flush(ATHLETE)).toEqual({ sent: 0, rejected: 0, kept: 0 });

    expect(calls).toEqual([{ body: BODY, key }]);
    expect(await outbox.list(ATHLETE)).toEqual([]);
  });

  it("runs one flush at a time: two flushes asked for at once send each session once", async () => {
    const { outbox, transport, setOnline } = setup();
    const answer = deferred<SendOutcome>();
    transport.mockImplementation(() => answer.promise);
    setOnline(false);
    await outbox.submit(ATHLETE, BODY, newIdempotencyKey());
    await outbox.submit(ATHLETE, { ...BODY, rpe: 5 }, newIdempotencyKey());
    setOnline(true);

    // The `online` event and the form mounting, both at once.
    const first = outbox.flush(ATHLETE);
    const second = outbox.flush(ATHLETE);
    answer.resolve({ kind: "sent" });
    const [a, b] = await Promise.all([first, second]);

    expect(transport).toHaveBeenCalledTimes(2);
    expect(new Set(transport.mock.calls.map(([, key]) => key)).size).toBe(2);
    expect(a).toEqual(b);
    expect(a.sent).toBe(2);
    expect(await outbox.list(ATHLETE)).toEqual([]);
  });

  it("sends a session kept while a flush was running before that flush ends", async () => {
    const { outbox, transport, setOnline } = setup();
    const answer = deferred<SendOutcome>();
    transport.mockImplementationOnce(() => answer.promise);
    setOnline(false);
    const firstKey = newIdempotencyKey();
    await outbox.submit(ATHLETE, BODY, firstKey);
    setOnline(true);

    const running = outbox.flush(ATHLETE);
    await vi.waitFor(() => expect(transport).toHaveBeenCalledTimes(1));
    setOnline(false);
    const laterKey = newIdempotencyKey();
    await outbox.submit(ATHLETE, { ...BODY, rpe: 4 }, laterKey);
    setOnline(true);
    const asked = outbox.flush(ATHLETE);
    answer.resolve({ kind: "sent" });

    expect(await asked).toEqual(await running);
    expect(transport.mock.calls.map(([, key]) => key)).toEqual([firstKey, laterKey]);
    expect(await outbox.list(ATHLETE)).toEqual([]);
  });

  it("keeps a session the API refuses (4xx) with the reason, never resends it, and lets the athlete discard it", async () => {
    const { outbox, transport, setOnline } = setup([
      { kind: "rejected", message: "Some fields are not valid.", fields: { rpe: "must be an integer from 1 to 10" } },
    ]);
    setOnline(false);
    const key = newIdempotencyKey();
    await outbox.submit(ATHLETE, { ...BODY, rpe: 11 }, key);
    setOnline(true);

    expect(await outbox.flush(ATHLETE)).toEqual({ sent: 0, rejected: 1, kept: 0 });
    expect(await outbox.list(ATHLETE)).toEqual([
      expect.objectContaining({
        key,
        state: "rejected",
        error: { message: "Some fields are not valid.", fields: { rpe: "must be an integer from 1 to 10" } },
      }),
    ]);

    await outbox.flush(ATHLETE);
    expect(transport).toHaveBeenCalledTimes(1);

    await outbox.discard(key);
    expect(await outbox.list(ATHLETE)).toEqual([]);
  });

  it("keeps a session through a server error (5xx) and sends it with the same key on the next flush", async () => {
    const { outbox, calls, setOnline } = setup([{ kind: "retry", message: "Aria is unavailable." }, { kind: "sent" }]);
    setOnline(false);
    const key = newIdempotencyKey();
    await outbox.submit(ATHLETE, BODY, key);
    setOnline(true);

    expect(await outbox.flush(ATHLETE)).toEqual({ sent: 0, rejected: 0, kept: 1 });
    expect((await outbox.list(ATHLETE))[0]?.state).toBe("waiting");
    expect(await outbox.flush(ATHLETE)).toEqual({ sent: 1, rejected: 0, kept: 0 });
    expect(calls.map((call) => call.key)).toEqual([key, key]);
  });

  it("stops at the first session that gets no answer and keeps the rest for later", async () => {
    const { outbox, transport, setOnline } = setup([{ kind: "offline" }]);
    setOnline(false);
    await outbox.submit(ATHLETE, BODY, newIdempotencyKey());
    await outbox.submit(ATHLETE, BODY, newIdempotencyKey());
    setOnline(true);

    expect(await outbox.flush(ATHLETE)).toEqual({ sent: 0, rejected: 0, kept: 2 });
    expect(transport).toHaveBeenCalledTimes(1);
  });

  it("sends only the signed-in athlete's sessions, oldest first", async () => {
    const start = Date.parse("2026-03-09T08:00:00Z");
    let ticks = 0;
    const calls: string[] = [];
    databases += 1;
    let online = false;
    const outbox = createOutbox({
      dbName: `outbox-test-${databases}`,
      isOnline: () => online,
      now: () => {
        ticks += 1;
        return new Date(start + ticks * 1_000);
      },
      transport: async (_body, key) => {
        calls.push(key);
        return { kind: "sent" };
      },
    });
    await outbox.submit(ATHLETE, BODY, "first");
    await outbox.submit("someone-else", BODY, "theirs");
    await outbox.submit(ATHLETE, BODY, "second");
    online = true;

    await outbox.flush(ATHLETE);

    expect(calls).toEqual(["first", "second"]);
    expect((await outbox.list("someone-else")).map((entry) => entry.key)).toEqual(["theirs"]);
  });

  it("returns what the API said when it answers a live save, keeping nothing", async () => {
    const { outbox } = setup([{ kind: "rejected", message: "Some fields are not valid.", fields: { rpe: "bad" } }]);
    expect(await outbox.submit(ATHLETE, BODY, newIdempotencyKey())).toEqual({
      kind: "rejected",
      message: "Some fields are not valid.",
      fields: { rpe: "bad" },
    });
    expect(await outbox.list(ATHLETE)).toEqual([]);
  });

  it("tells its listeners when the kept sessions change", async () => {
    const { outbox, setOnline } = setup();
    const listener = vi.fn();
    const unsubscribe = outbox.subscribe(listener);
    setOnline(false);
    await outbox.submit(ATHLETE, BODY, newIdempotencyKey());
    expect(listener).toHaveBeenCalledTimes(1);
    setOnline(true);
    await outbox.flush(ATHLETE);
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
  });
});

describe("sending a session", () => {
  it("posts the JSON with its Idempotency-Key header", async () => {
    const fetch = vi.fn(async (_url: string, _init?: RequestInit) =>
      Response.json({ session: { id: "s1" } }, { status: 201 }),
    );
    vi.stubGlobal("fetch", fetch);

    expect(await sendSession(BODY, "key-1")).toEqual({ kind: "sent" });

    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe("/api/v1/sessions");
    expect(init?.method).toBe("POST");
    expect(new Headers(init?.headers).get("idempotency-key")).toBe("key-1");
    expect(new Headers(init?.headers).get("content-type")).toBe("application/json");
    expect(JSON.parse(String(init?.body))).toEqual(BODY);
  });

  it("reads a fetch that throws (no connection) as offline", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => {
        throw new TypeError("Failed to fetch");
      }),
    );
    expect(await sendSession(BODY, "key-1")).toEqual({ kind: "offline" });
  });

  it("reads a 400 as refused with its fields, and a 5xx, 401 or 429 as worth another try", () => {
    expect(
      outcomeOf(new ApiClientError(400, "validation_error", "Some fields are not valid.", { rpe: "bad" })),
    ).toEqual({ kind: "rejected", message: "Some fields are not valid.", fields: { rpe: "bad" } });
    expect(outcomeOf(new ApiClientError(403, "forbidden", "Only athletes can do this.")).kind).toBe("rejected");
    expect(outcomeOf(new ApiClientError(503, "unavailable", "Down")).kind).toBe("retry");
    expect(outcomeOf(new ApiClientError(500, "internal", "Oops")).kind).toBe("retry");
    expect(outcomeOf(new ApiClientError(401, "unauthorized", "Sign in")).kind).toBe("retry");
    expect(outcomeOf(new ApiClientError(429, "rate_limited", "Slow down")).kind).toBe("retry");
    expect(outcomeOf(new ApiClientError(0, "network", "Could not reach Aria.")).kind).toBe("offline");
  });

  it("makes keys that are v4 UUIDs and differ each time", () => {
    const a = newIdempotencyKey();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newIdempotencyKey()).not.toBe(a);
  });
});
