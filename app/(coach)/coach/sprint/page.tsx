import type { Metadata } from "next";
import { NoAthletesYet } from "@/components/coach/no-athletes-yet";
import { PageHeader } from "@/components/pages/page-header";
import { SquadComparison } from "@/components/sprint-profile/squad-comparison";
import { SquadScatter } from "@/components/sprint-profile/squad-scatter";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { plural } from "@/lib/core/words";
import { getDb } from "@/lib/database";
import { squadSprintProfiles } from "@/lib/sprint-profiles/squad";

export const metadata: Metadata = { title: "Sprint profiles" };

/** The squad's sprint profiles side by side (PRODUCT 4.9): latest figures, their trend, and MSS against MAC. */
export default async function CoachSprintPage() {
  const coach = await requireUser("coach");
  const rows = await squadSprintProfiles(await getDb(), coach.id);
  const measured = rows.filter((row) => row.latest !== null);
  return (
    <div className="space-y-6">
      <PageHeader title="Sprint profiles">
        Each athlete's latest profile from split times: top speed (MSS), acceleration (MAC), TAU and power, with the
        change since their season's first profile measured the same way.
      </PageHeader>
      {rows.length === 0 ? (
        <NoAthletesYet />
      ) : (
        <>
          <Card title="Side by side">
            <SquadComparison rows={rows} timeZone={coach.timezone} />
          </Card>
          <Card title="Top speed against acceleration">
            {measured.length > 0 ? (
              <SquadScatter
                points={measured.map((row) => ({ name: row.name, mss: row.latest!.mss, mac: row.latest!.mac }))}
              />
            ) : (
              <p className="text-sm text-zinc-600 dark:text-zinc-400">
                None of the {plural(rows.length, "athlete")} has a sprint profile yet. Each adds one under Progress →
                Sprint profile from the split times of one all-out sprint.
              </p>
            )}
          </Card>
        </>
      )}
    </div>
  );
}
