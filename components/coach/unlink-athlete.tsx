"use client";

import { useState } from "react";
import { useAction } from "@/components/ui/use-action";
import { apiFetch } from "@/lib/http/client";

/** Ends the link with an athlete after a second tap; their data stays theirs. */
export function UnlinkAthlete({ athlete }: { athlete: { id: string; name: string } }) {
  const [confirming, setConfirming] = useState(false);
  const { pending, error, run } = useAction<"unlink">();

  function unlink() {
    return run("unlink", () => apiFetch(`/api/v1/coach/athletes/${athlete.id}`, { method: "DELETE" }), {
      holdPending: true,
    });
  }

  return (
    <span className="inline-flex items-center gap-2">
      {error ? <span className="text-xs text-red-600">{error}</span> : null}
      <button
        type="button"
        disabled={pending !== null}
        onClick={() => (confirming ? unlink() : setConfirming(true))}
        aria-label={confirming ? `Confirm unlinking ${athlete.name}` : `Unlink ${athlete.name}`}
        className="rounded-lg px-2 py-1 text-xs font-medium text-zinc-500 hover:bg-zinc-100 hover:text-red-700 disabled:opacity-60 dark:hover:bg-zinc-800"
      >
        {pending ? "Unlinking…" : confirming ? "Confirm unlink" : "Unlink"}
      </button>
    </span>
  );
}
