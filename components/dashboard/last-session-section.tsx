import Link from "next/link";
import { sessionTypeLabel } from "@/components/sessions/labels";
import { Card } from "@/components/ui/card";
import type { AthleteOverview } from "@/lib/athlete/overview";
import { formatDate } from "@/lib/core/dates";

/** The most recent session; with none, the athlete is pointed to settings and a coach told there is nothing yet. */
export function LastSessionSection({
  lastSession,
  readOnly,
  noteHref,
  timeZone,
}: Pick<AthleteOverview, "lastSession"> & {
  readOnly: boolean;
  timeZone: string;
  noteHref?: (type: "session", id: string) => string;
}) {
  return (
    <Card title="Last session">
      {lastSession ? (
        <>
          <p className="text-sm">
            <span className="font-medium">{sessionTypeLabel(lastSession.type)}</span> on{" "}
            {formatDate(lastSession.date, { timeZone })}: {lastSession.durationMin} min at RPE {lastSession.rpe}
          </p>
          {noteHref && lastSession.id ? (
            <Link
              href={noteHref("session", lastSession.id)}
              className="mt-2 inline-block text-xs font-semibold text-track-700 hover:underline dark:text-track-300"
            >
              Leave a note on it
            </Link>
          ) : null}
        </>
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {readOnly ? (
            "No sessions logged yet."
          ) : (
            <>
              No sessions yet. Set your events and experience in{" "}
              <Link href="/settings" className="font-semibold text-track-600 hover:underline dark:text-track-400">
                settings
              </Link>{" "}
              so Aria pitches its advice at your level.
            </>
          )}
        </p>
      )}
    </Card>
  );
}
