"use client";

import { useState } from "react";
import { Button, ButtonStack } from "@/components/ui/button";
import { useAction } from "@/components/ui/use-action";
import type { DaySession } from "@/lib/analysis/readiness";
import { apiFetch } from "@/lib/http/client";

/** One tap: the day's session, as prescribed, logged as done (the same POST /api/v1/sessions as the log form). */
export function LogTodayButton({ date, session }: { date: string; session: DaySession }) {
  const { pending, error, run } = useAction<"log">();
  const [logged, setLogged] = useState(false);

  async function log() {
    const body = {
      date,
      type: session.type,
      duration_min: session.duration_min,
      rpe: session.rpe,
      notes: session.reps,
    };
    const result = await run("log", () => apiFetch("/api/v1/sessions", { method: "POST", json: body }));
    if (result) setLogged(true);
  }

  return (
    <ButtonStack error={error} className="mt-3">
      {logged ? (
        <p role="status" className="text-sm font-medium text-emerald-800 dark:text-emerald-200">
          Logged. Well done.
        </p>
      ) : (
        <Button onClick={log} disabled={pending !== null}>
          {pending ? "Logging…" : "Log it as done"}
        </Button>
      )}
    </ButtonStack>
  );
}
