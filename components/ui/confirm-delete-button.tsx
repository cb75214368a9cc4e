"use client";

import { type ReactNode, useState } from "react";
import { Button, type ButtonSize, ButtonStack } from "@/components/ui/button";
import { doneWhen, useAction } from "@/components/ui/use-action";
import { apiFetch } from "@/lib/http/client";

/**
 * Deletes through the API once a second tap confirms, then refreshes the page. Something already gone counts as
 * deleted; a failure shows its message and asks again from the start.
 */
export function useConfirmedDelete(endpoint: string) {
  const [confirming, setConfirming] = useState(false);
  const { pending, error, run } = useAction<"delete">();

  async function remove() {
    const deleted = await run("delete", () => apiFetch(endpoint, { method: "DELETE" }).catch(doneWhen("not_found")), {
      holdPending: true,
    });
    if (!deleted) setConfirming(false);
  }

  return { confirming, setConfirming, deleting: pending !== null, error, remove };
}

/**
 * Delete, then Confirm delete and Keep in its place. `label` names what goes in the first button's accessible name;
 * `idle` are buttons shown beside Delete until it is tapped.
 */
export function DeleteButtons({
  state: { confirming, setConfirming, deleting, remove },
  label,
  size,
  idle,
}: {
  state: ReturnType<typeof useConfirmedDelete>;
  label?: string;
  size: ButtonSize;
  idle?: ReactNode;
}) {
  if (confirming) {
    return (
      <>
        <Button variant="danger" size={size} onClick={remove} disabled={deleting}>
          {deleting ? "Deleting…" : "Confirm delete"}
        </Button>
        <Button variant="ghost" size={size} onClick={() => setConfirming(false)} disabled={deleting}>
          Keep
        </Button>
      </>
    );
  }
  return (
    <>
      {idle}
      <Button
        variant="ghost"
        size={size}
        className="text-red-700 dark:text-red-300"
        aria-label={label ? `Delete ${label}` : undefined}
        onClick={() => setConfirming(true)}
      >
        Delete
      </Button>
    </>
  );
}

/** Deletes through the API after a confirming second tap, then refreshes the page. */
export function ConfirmDeleteButton({ endpoint, label }: { endpoint: string; label: string }) {
  const state = useConfirmedDelete(endpoint);
  return (
    <ButtonStack error={state.error} className="shrink-0">
      <div className="flex gap-1">
        <DeleteButtons state={state} label={label} size="compact" />
      </div>
    </ButtonStack>
  );
}
