import { Button } from "@/components/ui/button";

/** A form's submit button (its label while sending) beside the line that says what the last send did. */
export function SubmitRow({
  label,
  pendingLabel,
  pending,
  status,
}: {
  label: string;
  pendingLabel: string;
  pending: boolean;
  status: string | null;
}) {
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {pending ? pendingLabel : label}
      </Button>
      <p role="status" className="text-sm font-medium text-emerald-700 dark:text-emerald-400">
        {status ?? ""}
      </p>
    </div>
  );
}
