import { Stat } from "@/components/dashboard/stat";
import { AcwrBadge } from "@/components/ui/acwr-badge";
import type { AthleteOverview } from "@/lib/athlete/overview";

/** The headline figures of the last 7 days: sessions, effort, and the acute load against the chronic. */
export function WeekStats({ week, load }: Pick<AthleteOverview, "week" | "load">) {
  return (
    <section aria-label="The last 7 days" className="grid grid-cols-2 gap-3 lg:grid-cols-4">
      <Stat
        label="Sessions · 7 days"
        value={week.sessions}
        detail={`${week.minutes} min · ${week.sessionsPerWeek.toFixed(1)}/week over 4 weeks`}
      />
      <Stat
        label="Average RPE"
        value={week.averageRpe === null ? "—" : week.averageRpe.toFixed(1)}
        detail="effort, 1 to 10"
      />
      <Stat label="Acute load" value={Math.round(load.acute)} detail={`chronic ${Math.round(load.chronic)} a week`} />
      <Stat
        label="ACWR"
        value={load.acwr === null ? "—" : load.acwr.toFixed(2)}
        detail={<AcwrBadge acwr={load.acwr} zone={load.acwrZone} />}
      />
    </section>
  );
}
