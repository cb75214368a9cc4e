import type { ReactNode } from "react";
import { sessionLoad } from "@/lib/analysis/load";
import { MOOD_WORDS, sessionTypeLabel, setWithTimes } from "./labels";
import type { SessionValues } from "./session-form";

/**
 * What a logged session was, the same wherever it is listed (the athlete's sessions, the coach's drill-down): the type
 * and day, minutes, RPE, mood and load, the sets, anything the list adds (`children`), then the notes.
 */
export function SessionFacts({
  session,
  date,
  children,
}: {
  session: Omit<SessionValues, "id" | "date">;
  /** The day in words, as the list says it. */
  date: string;
  children?: ReactNode;
}) {
  return (
    <div className="min-w-0 flex-1">
      <p className="text-sm">
        <span className="font-semibold">{sessionTypeLabel(session.type)}</span>
        <span className="text-zinc-600 dark:text-zinc-400"> · {date}</span>
      </p>
      <p className="mt-0.5 text-sm tabular-nums text-zinc-700 dark:text-zinc-300">
        {session.duration_min} min · RPE {session.rpe}
        {session.mood !== null ? ` · mood ${MOOD_WORDS[session.mood] ?? session.mood}` : ""} ·{" "}
        <span className="font-medium">load {sessionLoad({ rpe: session.rpe, durationMin: session.duration_min })}</span>
      </p>
      {session.reps && session.reps.length > 0 ? (
        <ul aria-label="Sets" className="mt-0.5 text-sm tabular-nums text-zinc-700 dark:text-zinc-300">
          {session.reps.map((set, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: sets have no id and keep their logged order
            <li key={index}>{setWithTimes(set)}</li>
          ))}
        </ul>
      ) : null}
      {children}
      {session.notes ? (
        <p className="mt-1 whitespace-pre-line break-words text-sm text-zinc-600 dark:text-zinc-400">{session.notes}</p>
      ) : null}
    </div>
  );
}
