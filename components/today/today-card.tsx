import { sessionTypeLabel } from "@/components/sessions/labels";
import { LogTodayButton } from "@/components/today/log-today-button";
import { VERDICT_STYLES } from "@/components/today/verdict-badge";
import { list, typeLabel } from "@/lib/analysis/format";
import type { Readiness } from "@/lib/analysis/readiness";

/**
 * The dashboard's first card (PRODUCT 4.8): the verdict in one word and colour, why, and the day's session with what
 * to leave out, and one tap to log it as done — or, once a session is logged for the day, what was logged, so that
 * coming back later does not invite logging it twice. Colours pass 4.5:1 in both themes.
 */

export function TodayCard({ today, readOnly = false }: { today: Readiness; readOnly?: boolean }) {
  const verdict = VERDICT_STYLES[today.verdict];
  const { session } = today;
  return (
    <section
      aria-labelledby="today-heading"
      className="rounded-2xl border border-zinc-200 bg-white p-4 sm:p-5 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <div className="flex items-start gap-3">
        <p
          className={`shrink-0 rounded-xl px-3 py-2 text-lg font-bold ${verdict.className}`}
          data-verdict={today.verdict}
        >
          {verdict.word}
        </p>
        <div className="min-w-0">
          <h2 id="today-heading" className="text-base font-semibold">
            Today
          </h2>
          <p className="text-sm text-zinc-700 dark:text-zinc-300">{today.headline}</p>
        </div>
      </div>

      {today.reasons.length > 0 ? (
        <ul aria-label="Why" className="mt-3 space-y-1 text-sm text-zinc-700 dark:text-zinc-300">
          {today.reasons.map((reason) => (
            <li key={reason.rule} className="flex gap-2">
              <span aria-hidden="true">•</span>
              <span>{reason.message}</span>
            </li>
          ))}
        </ul>
      ) : null}

      <div className="mt-4 rounded-xl bg-zinc-50 p-3 dark:bg-zinc-800/60">
        <h3 className="text-sm font-semibold">
          {sessionTypeLabel(session.type)} · {session.duration_min} min · RPE {session.rpe}
        </h3>
        <p className="mt-1 text-sm">{session.reps}</p>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">Focus: {session.focus}</p>
        {session.avoid.length > 0 ? (
          <ul aria-label="Avoid today" className="mt-2 space-y-1 text-sm text-zinc-700 dark:text-zinc-300">
            {session.avoid.map((a) => (
              <li key={a.what}>
                <span className="font-medium">Avoid {a.what}</span>: {a.why}.
              </li>
            ))}
          </ul>
        ) : null}
        <p className="mt-2 text-xs text-zinc-600 dark:text-zinc-400">{session.notes}</p>
      </div>

      {today.logged.length > 0 ? (
        <p className="mt-3 flex gap-2 text-sm font-medium text-emerald-800 dark:text-emerald-200">
          <span aria-hidden="true">✓</span>
          <span>
            {readOnly ? "Logged today" : "Done today"}:{" "}
            {list(today.logged.map((s) => `${s.duration_min} min of ${typeLabel(s.type)} at RPE ${s.rpe}`))}.
          </span>
        </p>
      ) : readOnly || today.verdict === "rest" ? null : (
        <LogTodayButton date={today.date} session={session} />
      )}
    </section>
  );
}
