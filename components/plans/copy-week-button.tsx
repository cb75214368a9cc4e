"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { StatusLine } from "@/components/ui/form-message";
import { useAction } from "@/components/ui/use-action";
import { plural } from "@/lib/core/words";
import { apiFetch } from "@/lib/http/client";

/** "Copy this week to next week": the coach's plans of the week, for the whole squad, seven days on. */
export function CopyWeekButton({ weekStart }: { weekStart: string }) {
  const { pending, error, run } = useAction<"copy">();
  const [status, setStatus] = useState<string | null>(null);

  async function copy() {
    setStatus(null);
    const sent = await run("copy", () =>
      apiFetch<{ planned_sessions: unknown[] }>("/api/v1/plans/copy-week", {
        method: "POST",
        json: { athlete_id: "squad", week_start: weekStart },
      }),
    );
    if (!sent) return;
    const n = sent.value.planned_sessions.length;
    setStatus(
      n === 0
        ? "Nothing new to copy: next week already has these sessions."
        : `Copied ${plural(n, "session")} to next week.`,
    );
  }

  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button variant="secondary" onClick={copy} disabled={pending !== null}>
        {pending ? "Copying…" : "Copy this week to next week"}
      </Button>
      {error ? (
        <p role="alert" className="text-sm text-red-600 dark:text-red-400">
          {error}
        </p>
      ) : (
        <StatusLine>{status}</StatusLine>
      )}
    </div>
  );
}
