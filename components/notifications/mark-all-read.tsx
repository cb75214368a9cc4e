"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { apiFetch, errorMessage } from "@/lib/http/client";

export function MarkAllRead({ unread }: { unread: number }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function markAll() {
    setPending(true);
    setError(null);
    try {
      await apiFetch("/api/v1/notifications/read", { method: "POST", json: {} });
      router.refresh();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="flex flex-col items-end gap-1">
      <Button variant="secondary" className="px-3 py-1.5" onClick={markAll} disabled={pending || unread === 0}>
        {pending ? "Marking…" : "Mark all read"}
      </Button>
      {error ? (
        <p role="alert" className="text-xs text-red-600 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </div>
  );
}
