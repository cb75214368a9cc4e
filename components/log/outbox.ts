import { type DBSchema, type IDBPDatabase, openDB } from "idb";
import { ApiClientError, apiFetch } from "@/lib/http/client";

/**
 * Sessions logged without signal (PRODUCT 7): kept in IndexedDB on the phone with the `Idempotency-Key` they were
 * first sent with, and sent again under that same key when the connection returns, so the server applies each one
 * once however many times it arrives. One flush runs at a time (per tab, and across tabs where the browser has
 * Web Locks): the `online` event, a page load and a form mounting may all ask at once.
 */

export type OutboxState = "waiting" | "rejected";

export interface OutboxEntry<B = unknown> {
  /** The `Idempotency-Key`, fixed when the athlete pressed "Log session"; also the entry's IndexedDB key. */
  key: string;
  /** The signed-in user who logged it: another user signing in on the phone never sends it under their cookie. */
  owner: string;
  body: B;
  /** When it was kept, ISO: entries are sent in this order. */
  queuedAt: string;
  /** `waiting` to be sent, or `rejected` by the API (kept for the athlete to read and discard). */
  state: OutboxState;
  /** Why the API refused it: its message, and the fields it named (`reps.0.times_s.1` → why). */
  error?: { message: string; fields: Record<string, string> };
}

/** What one attempt to send came to. */
export type SendOutcome =
  /** Stored (2xx), or the server already had it under this key. */
  | { kind: "sent" }
  /** The request never got an answer: no connection, or it timed out. It may be sent again under the same key. */
  | { kind: "offline" }
  /** An answer that may change later (5xx, signed out, too many requests, still in progress). */
  | { kind: "retry"; message: string }
  /** A 4xx that sending again cannot fix (a validation error): shown, never retried. */
  | { kind: "rejected"; message: string; fields: Record<string, string> };

export type Transport = (body: unknown, key: string) => Promise<SendOutcome>;

export type SubmitResult<B = unknown> =
  | { kind: "sent" }
  | { kind: "queued"; entry: OutboxEntry<B> }
  | { kind: "retry"; message: string }
  | { kind: "rejected"; message: string; fields: Record<string, string> };

export interface FlushReport {
  sent: number;
  rejected: number;
  /** Still waiting when the flush ended. */
  kept: number;
}

export interface Outbox<B = unknown> {
  /** Sends a new session under `key`; without a connection it is kept, to be sent by a later flush. */
  submit(owner: string, body: B, key: string): Promise<SubmitResult<B>>;
  /** Sends every waiting entry of `owner`, oldest first, each under its own key; concurrent calls share one run. */
  flush(owner: string): Promise<FlushReport>;
  /** The owner's entries, oldest first. */
  list(owner: string): Promise<OutboxEntry<B>[]>;
  discard(key: string): Promise<void>;
  /** Called after every change to the stored entries; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

interface OutboxSchema extends DBSchema {
  sessions: { key: string; value: OutboxEntry; indexes: { owner: string } };
}

const STORE = "sessions";

/**
 * Answers worth sending again later: signed out (the athlete signs in again), a timeout, a conflict (the same key
 * still being processed), too early, too many requests. Every other 4xx is about the request itself.
 */
const RETRY_LATER_STATUSES = new Set([401, 408, 409, 425, 429]);

/** A request with no answer by then is treated as sent into the void: kept, and tried again under its key. */
const SEND_TIMEOUT_MS = 20_000;

/** How a failure of `apiFetch` reads for the outbox. */
export function outcomeOf(failure: unknown): SendOutcome {
  if (!(failure instanceof ApiClientError)) return { kind: "offline" };
  if (failure.code === "network" || failure.status === 0) return { kind: "offline" };
  if (failure.status >= 500 || RETRY_LATER_STATUSES.has(failure.status)) {
    return { kind: "retry", message: failure.message };
  }
  return { kind: "rejected", message: failure.message, fields: failure.fields };
}

/** `POST /api/v1/sessions` with the entry's `Idempotency-Key` (the same-origin fetch passes the CSRF check). */
export const sendSession: Transport = async (body, key) => {
  try {
    await apiFetch("/api/v1/sessions", {
      method: "POST",
      json: body,
      headers: { "Idempotency-Key": key },
      signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
    });
    return { kind: "sent" };
  } catch (failure) {
    return outcomeOf(failure);
  }
};

/** A fresh key: `crypto.randomUUID` where the page is a secure context, else a v4 UUID from random bytes. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function browserIsOnline(): boolean {
  return typeof navigator === "undefined" || navigator.onLine !== false;
}

const byQueuedAt = (a: OutboxEntry, b: OutboxEntry) => (a.queuedAt < b.queuedAt ? -1 : a.queuedAt > b.queuedAt ? 1 : 0);

export interface OutboxOptions {
  transport?: Transport;
  /** The IndexedDB database's name (tests give each case its own). */
  dbName?: string;
  isOnline?: () => boolean;
  now?: () => Date;
}

export function createOutbox<B = unknown>({
  transport = sendSession,
  dbName = "aria-outbox",
  isOnline = browserIsOnline,
  now = () => new Date(),
}: OutboxOptions = {}): Outbox<B> {
  let opening: Promise<IDBPDatabase<OutboxSchema>> | null = null;
  const running = new Map<string, Promise<FlushReport>>();
  const askedAgain = new Set<string>();
  const listeners = new Set<() => void>();

  function database(): Promise<IDBPDatabase<OutboxSchema>> {
    opening ??= openDB<OutboxSchema>(dbName, 1, {
      upgrade(db) {
        db.createObjectStore(STORE, { keyPath: "key" }).createIndex("owner", "owner");
      },
    }).catch((failure: unknown) => {
      opening = null;
      throw failure;
    });
    return opening;
  }

  function changed() {
    for (const listener of listeners) listener();
  }

  /** Runs `work` holding the outbox's lock across the browser's tabs, where Web Locks exist. */
  function exclusive<T>(work: () => Promise<T>): Promise<T> {
    const locks = typeof navigator === "undefined" ? undefined : navigator.locks;
    return locks ? locks.request(`${dbName}:flush`, work) : work();
  }

  async function list(owner: string): Promise<OutboxEntry<B>[]> {
    const entries = await (await database()).getAllFromIndex(STORE, "owner", owner);
    return (entries as OutboxEntry<B>[]).sort(byQueuedAt);
  }

  async function keep(owner: string, body: B, key: string): Promise<SubmitResult<B>> {
    const entry: OutboxEntry<B> = { key, owner, body, queuedAt: now().toISOString(), state: "waiting" };
    try {
      await (await database()).put(STORE, entry as OutboxEntry);
    } catch {
      return {
        kind: "retry",
        message: "No signal, and this browser could not keep the session on the phone. Try again when you're online.",
      };
    }
    changed();
    return { kind: "queued", entry };
  }

  async function flushOnce(owner: string): Promise<FlushReport> {
    const report: FlushReport = { sent: 0, rejected: 0, kept: 0 };
    const db = await database();
    const waiting = (await list(owner)).filter((entry) => entry.state === "waiting");
    for (const [index, entry] of waiting.entries()) {
      if (!isOnline()) {
        report.kept += waiting.length - index;
        break;
      }
      // Discarded meanwhile, or sent by another tab before this one took the lock.
      const current = await db.get(STORE, entry.key);
      if (current?.state !== "waiting") continue;
      const outcome = await transport(current.body, current.key);
      if (outcome.kind === "sent") {
        await db.delete(STORE, current.key);
        report.sent++;
      } else if (outcome.kind === "rejected") {
        await db.put(STORE, {
          ...current,
          state: "rejected",
          error: { message: outcome.message, fields: outcome.fields },
        });
        report.rejected++;
      } else if (outcome.kind === "offline") {
        // The rest would fail the same way: they wait for the next flush.
        report.kept += waiting.length - index;
        break;
      } else {
        report.kept++;
      }
      changed();
    }
    return report;
  }

  function flush(owner: string): Promise<FlushReport> {
    const current = running.get(owner);
    if (current) {
      // Something may have been kept since this run read the store: it goes round once more before it ends.
      askedAgain.add(owner);
      return current;
    }
    const run = (async () => {
      const total: FlushReport = { sent: 0, rejected: 0, kept: 0 };
      try {
        do {
          askedAgain.delete(owner);
          const report = await exclusive(() => flushOnce(owner));
          total.sent += report.sent;
          total.rejected += report.rejected;
          total.kept = report.kept;
        } while (askedAgain.has(owner) && isOnline());
      } finally {
        running.delete(owner);
        askedAgain.delete(owner);
      }
      return total;
    })();
    running.set(owner, run);
    return run;
  }

  return {
    async submit(owner, body, key) {
      if (!isOnline()) return keep(owner, body, key);
      const outcome = await transport(body, key);
      if (outcome.kind === "offline") return keep(owner, body, key);
      return outcome;
    },
    flush,
    list,
    async discard(key) {
      await (await database()).delete(STORE, key);
      changed();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

let shared: Outbox | undefined;

/** The page's one outbox, so that the form, the pending list and any other caller share one flush. */
export function browserOutbox<B>(): Outbox<B> {
  shared ??= createOutbox();
  return shared as Outbox<B>;
}
