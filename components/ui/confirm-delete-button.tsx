"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ApiClientError, apiFetch, errorMessage } from "@/lib/http/client";

/** Deletes through the API after a confirming second tap, then refreshes the page. */
export function ConfirmDeleteButton({ endpoint, label }: { endpoint: string; label: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function remove() {
    setPending(true);
    setError(null);
    try {
      await apiFetch(endpoint, { method: "DELETE" });
      router.refresh();
    } catch (err) {
      if (err instanceof ApiClientError && err.code === "not_found") {
        router.refresh();
        return;
      }
      setError(errorMessage(err));
      setPending(false);
      setConfirming(false);
    }
  }

  return (
    <div className="flex shrink-0 flex-col items-end gap-1">
      {confirming ? (
        <div className="flex gap-1">
          <Button variant="danger" className="px-3 py-1.5" onClick={remove} disabled={pending}>
            {pending ? "Deleting…" : "Confirm delete"}
          </Button>
          <Button variant="ghost" className="px-3 py-1.5" onClick={() => setConfirming(false)} disabled={pending}>
            Keep
          </Button>
        </div>
      ) : (
        <Button
          variant="ghost"
          className="px-3 py-1.5 text-red-700 dark:text-red-300"
          aria-label={`Delete ${label}`}
          onClick={() => setConfirming(true)}
        >
          Delete
        </Button>
      )}
      {error ? (
        <p role="alert" className="text-xs text-red-600 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </div>
  );
}
