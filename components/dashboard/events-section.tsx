import { Card } from "@/components/ui/card";
import type { AthleteOverview } from "@/lib/athlete/overview";
import { eventTimeLabel } from "@/lib/calendar/schemas";

/** The next few calendar events, meets marked, dated in the viewer's time zone. */
export function EventsSection({ upcoming, timeZone }: Pick<AthleteOverview, "upcoming"> & { timeZone: string }) {
  return (
    <Card title="Coming up">
      {upcoming.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">Nothing on your calendar.</p>
      ) : (
        <ul className="space-y-2 text-sm">
          {upcoming.map((event) => (
            <li key={`${event.title}-${event.startsAt.toISOString()}`} className="flex justify-between gap-3">
              <span className="min-w-0 truncate font-medium">
                {event.type === "competition" ? (
                  <span className="mr-1.5 rounded bg-track-100 px-1 py-0.5 text-[10px] font-semibold uppercase text-track-700 dark:bg-track-900/40 dark:text-track-300">
                    Meet
                  </span>
                ) : null}
                {event.title}
              </span>
              <span className="shrink-0 text-zinc-500 dark:text-zinc-400">
                {eventTimeLabel(event.startsAt, timeZone)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
