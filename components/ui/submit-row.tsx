import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { StatusLine } from "@/components/ui/form-message";

/** A form's submit button (its label while sending) beside the line that says what the last send did. */
export function SubmitRow({
  label,
  pendingLabel,
  pending,
  status,
  instead,
}: {
  label: string;
  pendingLabel: string;
  pending: boolean;
  status: string | null;
  /** Shown in place of the status line (a form that edits in place offers Cancel there). */
  instead?: ReactNode;
}) {
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {pending ? pendingLabel : label}
      </Button>
      {instead ?? <StatusLine>{status}</StatusLine>}
    </div>
  );
}
