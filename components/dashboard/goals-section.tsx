import { MilestoneBar } from "@/components/dashboard/milestone-bar";
import { Card } from "@/components/ui/card";
import type { AthleteOverview } from "@/lib/athlete/overview";
import { formatDate } from "@/lib/core/dates";

function GoalItem({ goal, timeZone }: { goal: AthleteOverview["goals"][number]; timeZone: string }) {
  const pct = Math.round(goal.progressPct);
  return (
    <li>
      <div className="mb-1 flex flex-wrap items-baseline justify-between gap-2 text-sm">
        <span className="font-medium">{goal.title}</span>
        <span className="text-xs text-zinc-500">
          {goal.status === "achieved"
            ? "Achieved"
            : `${pct}% · by ${formatDate(goal.targetDate, { timeZone })}${goal.behindSchedule ? " · behind schedule" : ""}`}
        </span>
      </div>
      <MilestoneBar progressPct={goal.progressPct} milestones={goal.milestones} label={`${goal.title}: ${pct}%`} />
    </li>
  );
}

/** Each open or achieved goal with its progress, target date and milestones. */
export function GoalsSection({ goals, timeZone }: Pick<AthleteOverview, "goals"> & { timeZone: string }) {
  return (
    <Card title="Goals">
      {goals.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          No goals yet. A goal with a target date lets Aria tell you whether you are on schedule.
        </p>
      ) : (
        <ul className="space-y-4">
          {goals.map((goal) => (
            <GoalItem key={goal.id} goal={goal} timeZone={timeZone} />
          ))}
        </ul>
      )}
    </Card>
  );
}
