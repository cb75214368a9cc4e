import type { Priority } from "@/lib/core/domain";

const STYLES: Record<Priority, string> = {
  critical: "bg-red-600 text-white",
  high: "bg-orange-100 text-orange-800 dark:bg-orange-900/50 dark:text-orange-200",
  medium: "bg-amber-100 text-amber-800 dark:bg-amber-900/40 dark:text-amber-200",
  low: "bg-sky-100 text-sky-800 dark:bg-sky-900/40 dark:text-sky-200",
};

export function PriorityBadge({ priority }: { priority: Priority }) {
  return (
    <span
      className={`inline-flex rounded-full px-2 py-0.5 text-xs font-semibold uppercase tracking-wide ${STYLES[priority]}`}
    >
      {priority}
    </span>
  );
}
