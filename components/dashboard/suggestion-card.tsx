"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { PriorityBadge } from "@/components/ui/priority-badge";
import type { Priority } from "@/lib/core/domain";
import { apiFetch, errorMessage } from "@/lib/http/client";

interface SuggestionView {
  id: string;
  type: string;
  priority: Priority;
  title: string;
  message: string;
  evidence: Record<string, unknown>;
}

/** What ends a critical warning, and where the athlete changes it: shown in place of Dismiss. */
export interface EndsWhen {
  text: string;
  href: string;
  label: string;
}

function evidenceValue(value: unknown): string {
  if (Array.isArray(value)) return value.map(evidenceValue).join(", ");
  if (value && typeof value === "object") {
    return Object.entries(value)
      .map(([k, v]) => `${k.replace(/_/g, " ")} ${evidenceValue(v)}`)
      .join(" · ");
  }
  return typeof value === "number" ? String(Math.round(value * 100) / 100) : String(value);
}

/**
 * One thing Aria noticed: the message, why (its evidence), and dismiss / done; read-only on a coach's drill-down,
 * where it offers a note on it instead. A critical warning has no Dismiss: closing it would not end the risk, so the
 * card says what does end it and links to where that is done.
 */
export function SuggestionCard({
  suggestion,
  readOnly = false,
  noteHref,
  endsWhen,
}: {
  suggestion: SuggestionView;
  readOnly?: boolean;
  noteHref?: string;
  endsWhen?: EndsWhen;
}) {
  const router = useRouter();
  const [pending, setPending] = useState<"dismissed" | "done" | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function close(status: "dismissed" | "done") {
    setPending(status);
    setError(null);
    try {
      await apiFetch(`/api/v1/suggestions/${suggestion.id}`, { method: "PATCH", json: { status } });
      router.refresh();
    } catch (failure) {
      setError(errorMessage(failure));
      setPending(null);
    }
  }

  return (
    <li className="rounded-xl border border-zinc-200 p-3 dark:border-zinc-800" data-suggestion-type={suggestion.type}>
      <div className="flex flex-wrap items-center gap-2">
        <PriorityBadge priority={suggestion.priority} />
        <h3 className="font-semibold">{suggestion.title}</h3>
      </div>
      <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">{suggestion.message}</p>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-zinc-500 hover:text-zinc-800 dark:text-zinc-400 dark:hover:text-zinc-200">
          Why?
        </summary>
        <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs text-zinc-600 dark:text-zinc-400">
          {Object.entries(suggestion.evidence).map(([key, value]) => (
            <div key={key} className="contents">
              <dt className="font-medium">{key.replace(/_/g, " ")}</dt>
              <dd className="break-words">{evidenceValue(value)}</dd>
            </div>
          ))}
        </dl>
      </details>
      {error ? <p className="mt-2 text-sm text-red-600">{error}</p> : null}
      {readOnly && noteHref ? (
        <Link
          href={noteHref}
          aria-label={`Leave a note on “${suggestion.title}”`}
          className="mt-2 inline-block rounded-lg px-2.5 py-1 text-xs font-semibold text-track-700 hover:bg-track-50 dark:text-track-300 dark:hover:bg-track-900/30"
        >
          Leave a note
        </Link>
      ) : null}
      <div className={readOnly ? "hidden" : "mt-2 flex flex-wrap items-center gap-2"}>
        <button
          type="button"
          onClick={() => close("done")}
          disabled={pending !== null}
          aria-label={`Mark “${suggestion.title}” as done`}
          className="rounded-lg px-2.5 py-1 text-xs font-semibold text-emerald-700 hover:bg-emerald-50 disabled:opacity-60 dark:text-emerald-300 dark:hover:bg-emerald-950/40"
        >
          {pending === "done" ? "Saving…" : "Done"}
        </button>
        {endsWhen ? (
          <p className="min-w-0 flex-1 text-xs text-zinc-600 dark:text-zinc-400">
            {endsWhen.text}{" "}
            <Link href={endsWhen.href} className="font-semibold text-track-700 hover:underline dark:text-track-300">
              {endsWhen.label}
            </Link>
          </p>
        ) : (
          <button
            type="button"
            onClick={() => close("dismissed")}
            disabled={pending !== null}
            aria-label={`Dismiss “${suggestion.title}”`}
            className="rounded-lg px-2.5 py-1 text-xs font-semibold text-zinc-600 hover:bg-zinc-100 disabled:opacity-60 dark:text-zinc-300 dark:hover:bg-zinc-800"
          >
            {pending === "dismissed" ? "Saving…" : "Dismiss"}
          </button>
        )}
      </div>
    </li>
  );
}
