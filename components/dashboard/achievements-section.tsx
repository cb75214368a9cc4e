import { Card } from "@/components/ui/card";
import type { AthleteOverview } from "@/lib/athlete/overview";
import { formatDate } from "@/lib/core/dates";

/** The latest goal milestones reached, dated in the viewer's time zone. */
export function AchievementsSection({
  recentAchievements,
  timeZone,
}: Pick<AthleteOverview, "recentAchievements"> & { timeZone: string }) {
  return (
    <Card title="Recent achievements">
      {recentAchievements.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Milestones at 25, 50, 75 and 100% of a goal appear here.
        </p>
      ) : (
        <ul className="space-y-1 text-sm">
          {recentAchievements.map((a) => (
            <li key={`${a.goalTitle}-${a.milestone}`}>
              <span className="font-semibold text-track-600 dark:text-track-400">{a.milestone}%</span> of {a.goalTitle}
              <span className="text-xs text-zinc-500"> · {formatDate(a.awardedAt, { timeZone })}</span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
