"use client";

import { useId } from "react";
import type { OutboxEntry } from "@/components/log/outbox";
import { refusalWords, type SessionBody, sessionSummary } from "@/components/log/quick-log";
import { Button } from "@/components/ui/button";

/**
 * Sessions kept on this phone: each waiting to be sent, or refused by Aria with the reason and a way to let it go.
 * Nothing is shown while the outbox is empty.
 */
export function PendingSessions({
  entries,
  today,
  onDiscard,
}: {
  entries: readonly OutboxEntry<SessionBody>[];
  today: string;
  onDiscard: (key: string) => void;
}) {
  const headingId = useId();
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="mt-5 border-t border-zinc-200 pt-4 dark:border-zinc-800">
      <h3 id={headingId} className="text-sm font-semibold">
        On this phone
      </h3>
      <ul className="mt-2 divide-y divide-zinc-100 dark:divide-zinc-800">
        {entries.map((entry) => {
          const summary = sessionSummary(entry.body, today);
          return (
            <li
              key={entry.key}
              aria-label={summary}
              data-outbox-state={entry.state}
              className="flex items-start justify-between gap-3 py-2"
            >
              <div className="min-w-0 text-sm">
                <p className="tabular-nums">{summary}</p>
                {entry.state === "waiting" ? (
                  <p className="text-amber-800 dark:text-amber-300">Waiting to send</p>
                ) : (
                  <p className="text-red-700 dark:text-red-300">
                    Couldn't be sent: {entry.error ? refusalWords(entry.error) : "Aria refused it."}
                  </p>
                )}
              </div>
              {entry.state === "rejected" ? (
                <Button variant="ghost" size="compact" className="shrink-0" onClick={() => onDiscard(entry.key)}>
                  Discard<span className="sr-only"> {summary}</span>
                </Button>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
