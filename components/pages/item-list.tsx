import type { ReactNode } from "react";
import { ConfirmDeleteButton } from "@/components/ui/confirm-delete-button";

/** Rows of a log in a card, ruled between; `label` names the list where a test or a screen reader looks for it. */
export function RuledList({ label, className, children }: { label?: string; className: string; children: ReactNode }) {
  return (
    <ul aria-label={label} className={`${className} divide-y divide-zinc-100 dark:divide-zinc-800`}>
      {children}
    </ul>
  );
}

/**
 * A logged entry the athlete can delete: its lines on the left, the two-tap delete on the right. `named` also gives
 * the row itself the entry's name, for lists read item by item.
 */
export function DeletableRow({
  endpoint,
  name,
  named = false,
  className,
  children,
}: {
  /** The API address that deletes the entry. */
  endpoint: string;
  name: string;
  named?: boolean;
  className: string;
  children: ReactNode;
}) {
  return (
    <li aria-label={named ? name : undefined} className={`flex items-start justify-between gap-3 ${className}`}>
      <div className="min-w-0">{children}</div>
      <ConfirmDeleteButton endpoint={endpoint} label={name} />
    </li>
  );
}
