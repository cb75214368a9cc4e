import type { Metadata } from "next";
import { GoalCard } from "@/components/goals/goal-card";
import { GoalForm } from "@/components/goals/goal-form";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { todayIn } from "@/lib/core/dates";
import { getDb } from "@/lib/database";
import { listGoals } from "@/lib/goals/service";

export const metadata: Metadata = { title: "Goals" };

const ORDER = { active: 0, achieved: 1, abandoned: 2 } as const;

export default async function GoalsPage() {
  const user = await requireUser("athlete");
  const goals = (await listGoals(await getDb(), user.id, { limit: 100 })).sort(
    (a, b) => ORDER[a.status] - ORDER[b.status],
  );
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header>
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Goals</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          Milestones at 25, 50, 75 and 100% are recorded once each. Under 70% with fewer than 30 days to go counts as
          behind schedule.
        </p>
      </header>

      {goals.length === 0 ? (
        <Card>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            No goals yet. Set one below: a metric, where you are now, your target and a date. Aria then tells you
            whether you are on schedule.
          </p>
        </Card>
      ) : (
        <section aria-labelledby="goals-heading">
          <h2 id="goals-heading" className="sr-only">
            Your goals
          </h2>
          <ul className="space-y-4">
            {goals.map((goal) => (
              <GoalCard key={goal.id} goal={goal} />
            ))}
          </ul>
        </section>
      )}

      <Card title="New goal">
        <GoalForm today={todayIn(user.timezone)} />
      </Card>
    </div>
  );
}
