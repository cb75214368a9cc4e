import type { Metadata } from "next";
import { GoalCard } from "@/components/goals/goal-card";
import { GoalForm } from "@/components/goals/goal-form";
import { EmptyCard } from "@/components/pages/empty-state";
import { PageHeader } from "@/components/pages/page-header";
import { PageSection } from "@/components/pages/page-section";
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
      <PageHeader title="Goals">
        Milestones at 25, 50, 75 and 100% are recorded once each. Under 70% with fewer than 30 days to go counts as
        behind schedule.
      </PageHeader>

      {goals.length === 0 ? (
        <EmptyCard>
          No goals yet. Set one below: a metric, where you are now, your target and a date. Aria then tells you whether
          you are on schedule.
        </EmptyCard>
      ) : (
        <PageSection id="goals-heading" title="Your goals" heading="hidden">
          <ul className="space-y-4">
            {goals.map((goal) => (
              <GoalCard key={goal.id} goal={goal} timeZone={user.timezone} />
            ))}
          </ul>
        </PageSection>
      )}

      <Card title="New goal">
        <GoalForm today={todayIn(user.timezone)} />
      </Card>
    </div>
  );
}
