"use client";

import { useEffect, useId, useRef, useState } from "react";
import { Button, ButtonStack } from "@/components/ui/button";
import { DeleteButtons, useConfirmedDelete } from "@/components/ui/confirm-delete-button";
import type { PlannedSessionDto } from "@/lib/plans/responses";
import { EditPlanForm } from "./plan-form";

/**
 * Edit and Delete for a planned session its planner is looking at. Edit opens the plan's form in a dialog (a sheet
 * from the bottom on a phone), so the same form fits under a calendar and inside a narrow cell of the week grid;
 * the dialog gives focus back to Edit when it closes. In a narrow cell (`tight`) the buttons keep their 44 px but
 * lose padding, so Edit and Delete still share one row.
 */
export function PlanActions({
  plan,
  label,
  tight = false,
}: {
  plan: PlannedSessionDto;
  label: string;
  tight?: boolean;
}) {
  const size = tight ? "tight" : "compact";
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const deletion = useConfirmedDelete(`/api/v1/plans/items/${encodeURIComponent(plan.id)}`);

  // Opened once the form is in it, so the dialog's first field (the date) takes focus.
  useEffect(() => {
    if (open && !dialog.current?.open) dialog.current?.showModal();
  }, [open]);

  return (
    <ButtonStack error={deletion.error} className="shrink-0">
      <div className="flex flex-wrap justify-end gap-1">
        <DeleteButtons
          state={deletion}
          label={label}
          size={size}
          idle={
            <Button
              variant="ghost"
              size={size}
              aria-label={`Edit ${label}`}
              aria-haspopup="dialog"
              onClick={() => setOpen(true)}
            >
              Edit
            </Button>
          }
        />
      </div>
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: the backdrop tap's keyboard twin is Escape, native to a modal */}
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        onClose={() => setOpen(false)}
        onClick={(event) => {
          // A tap on the backdrop (the dialog element itself, outside the panel) closes it, as Cancel does.
          if (event.target === event.currentTarget) dialog.current?.close();
        }}
        className="m-0 mt-auto max-h-[90dvh] w-full max-w-none overflow-y-auto rounded-t-2xl border-t border-zinc-200 bg-white p-0 text-left text-zinc-900 backdrop:bg-zinc-950/50 sm:m-auto sm:max-w-lg sm:rounded-2xl sm:border dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-100"
      >
        <div className="p-4 pb-[calc(env(safe-area-inset-bottom)+1rem)] sm:p-5">
          <h2 id={titleId} className="text-base font-semibold">
            Edit planned session
          </h2>
          <p className="mt-0.5 mb-4 text-sm text-zinc-600 dark:text-zinc-400">{label}</p>
          {open ? <EditPlanForm plan={plan} onDone={() => dialog.current?.close()} /> : null}
        </div>
      </dialog>
    </ButtonStack>
  );
}
