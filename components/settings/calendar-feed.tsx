"use client";

import { useState } from "react";
import { Button, ButtonStack } from "@/components/ui/button";
import { doneWhen, useAction } from "@/components/ui/use-action";
import { formatDate } from "@/lib/core/dates";
import { plural } from "@/lib/core/words";
import { apiFetch } from "@/lib/http/client";
import { ShownOnceSecret } from "./shown-once-secret";

interface FeedStatus {
  exists: boolean;
  /** UTC timestamps. */
  created_at: string | null;
  last_used_at: string | null;
}

interface CreatedFeed {
  url: string;
  token: string;
  created_at: string;
}

const ENDPOINT = "/api/v1/me/calendar-feed";
const NO_FEED: FeedStatus = { exists: false, created_at: null, last_used_at: null };

/** "just now", "40 minutes ago", "2 hours ago", then the day in words. */
function usedInWords(at: string, now: Date, timeZone: string): string {
  const minutes = Math.floor((now.getTime() - new Date(at).getTime()) / 60_000);
  if (minutes < 1) return "just now";
  if (minutes < 60) return `${plural(minutes, "minute")} ago`;
  if (minutes < 24 * 60) return `${plural(Math.floor(minutes / 60), "hour")} ago`;
  return formatDate(at, { timeZone, now });
}

/**
 * The athlete's private calendar feed: make a link (shown once, with a copy button and a webcal:// link that opens
 * the phone's calendar), see when a calendar last fetched it, and revoke it. A new link replaces the old one.
 * `now` comes from the server, so that "2 hours ago" reads the same when the page hydrates.
 */
export function CalendarFeed({ initial, timeZone, now }: { initial: FeedStatus; timeZone: string; now: string }) {
  const [status, setStatus] = useState(initial);
  const [created, setCreated] = useState<CreatedFeed | null>(null);
  const [confirming, setConfirming] = useState(false);
  const { pending, error, run } = useAction<"create" | "revoke">();
  const asOf = new Date(now);

  async function create() {
    const result = await run("create", () => apiFetch<CreatedFeed>(ENDPOINT, { method: "POST" }), { refresh: false });
    if (!result) return;
    setCreated(result.value);
    setStatus({ exists: true, created_at: result.value.created_at, last_used_at: null });
  }

  async function revoke() {
    const result = await run("revoke", () => apiFetch(ENDPOINT, { method: "DELETE" }).catch(doneWhen("not_found")), {
      refresh: false,
    });
    setConfirming(false);
    if (!result) return;
    setCreated(null);
    setStatus(NO_FEED);
  }

  return (
    <div className="space-y-4">
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Subscribe in your phone’s calendar to see your plan and meets.
      </p>

      {created ? (
        <ShownOnceSecret
          key={created.url}
          id="new-feed-heading"
          title="Your calendar feed link"
          warning="Anyone with the link can read your plan, so keep it to yourself; a new link or Revoke stops this one at once."
          value={created.url}
          noun="link"
          actions={
            <a
              href={created.url.replace(/^https?:/, "webcal:")}
              className="rounded-lg px-3 py-2 text-sm font-medium text-emerald-800 underline underline-offset-2 dark:text-emerald-300"
            >
              Open in calendar
            </a>
          }
          onSaved={() => setCreated(null)}
        />
      ) : null}

      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          {status.exists && status.created_at
            ? `Created ${formatDate(status.created_at, { timeZone, now: asOf })} · ${
                status.last_used_at
                  ? `last used ${usedInWords(status.last_used_at, asOf, timeZone)}`
                  : "not used by a calendar yet"
              }`
            : "No feed link yet, so no calendar can read your plan."}
        </p>
        <ButtonStack error={error} className="shrink-0">
          <div className="flex flex-wrap justify-end gap-2">
            {confirming ? (
              <>
                <Button variant="danger" size="compact" onClick={revoke} disabled={pending !== null}>
                  {pending === "revoke" ? "Revoking…" : "Confirm revoke"}
                </Button>
                <Button variant="ghost" size="compact" onClick={() => setConfirming(false)} disabled={pending !== null}>
                  Keep
                </Button>
              </>
            ) : (
              <>
                <Button size="compact" onClick={create} disabled={pending !== null}>
                  {pending === "create" ? "Creating…" : status.exists ? "Make a new link" : "Create feed link"}
                </Button>
                {status.exists ? (
                  <Button
                    variant="ghost"
                    size="compact"
                    className="text-red-700 dark:text-red-300"
                    aria-label="Revoke calendar feed"
                    onClick={() => setConfirming(true)}
                  >
                    Revoke
                  </Button>
                ) : null}
              </>
            )}
          </div>
        </ButtonStack>
      </div>
    </div>
  );
}
