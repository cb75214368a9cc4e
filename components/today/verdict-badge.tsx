import type { Verdict } from "@/lib/analysis/readiness";

/** Today's verdict in one word and colour (both themes at 4.5:1 or more); the headline is its accessible name. */
export const VERDICT_STYLES: Record<Verdict, { word: string; className: string }> = {
  go: { word: "Go", className: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900/60 dark:text-emerald-100" },
  modify: { word: "Modify", className: "bg-amber-100 text-amber-900 dark:bg-amber-900/60 dark:text-amber-100" },
  rest: { word: "Rest", className: "bg-red-100 text-red-900 dark:bg-red-900/60 dark:text-red-100" },
};

export function VerdictBadge({ verdict, title }: { verdict: Verdict; title: string }) {
  const style = VERDICT_STYLES[verdict];
  return (
    <span
      data-verdict={verdict}
      className={`inline-flex rounded-full px-2 py-0.5 text-xs font-semibold ${style.className}`}
      title={title}
    >
      <span aria-hidden="true">{style.word}</span>
      <span className="sr-only">
        Today: {style.word}. {title}
      </span>
    </span>
  );
}
