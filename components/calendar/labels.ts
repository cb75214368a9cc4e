import type { CalendarEventType } from "@/lib/core/domain";

export const EVENT_TYPE_LABELS: Record<CalendarEventType, string> = {
  competition: "Competition",
  training: "Training",
  rest: "Rest",
  other: "Other",
};

export const EVENT_CHIP_STYLES: Record<CalendarEventType, string> = {
  competition: "bg-track-100 text-track-800 dark:bg-track-900/50 dark:text-track-200",
  training: "bg-sky-100 text-sky-800 dark:bg-sky-900/40 dark:text-sky-200",
  rest: "bg-emerald-100 text-emerald-800 dark:bg-emerald-900/40 dark:text-emerald-200",
  other: "bg-zinc-200 text-zinc-800 dark:bg-zinc-700 dark:text-zinc-100",
};
