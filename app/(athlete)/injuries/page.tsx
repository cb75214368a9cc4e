import type { Metadata } from "next";
import { InjuryCard } from "@/components/injuries/injury-card";
import { InjuryForm } from "@/components/injuries/injury-form";
import { EmptyCard } from "@/components/pages/empty-state";
import { PageHeader } from "@/components/pages/page-header";
import { PageSection } from "@/components/pages/page-section";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { todayIn } from "@/lib/core/dates";
import { getDb } from "@/lib/database";
import { type InjuryDto, listInjuries } from "@/lib/injuries/service";

export const metadata: Metadata = { title: "Injuries" };

function InjuryList({ injuries, today, timeZone }: { injuries: InjuryDto[]; today: string; timeZone: string }) {
  return (
    <ul className="space-y-4">
      {injuries.map((injury) => (
        <InjuryCard key={injury.id} injury={injury} today={today} timeZone={timeZone} />
      ))}
    </ul>
  );
}

export default async function InjuriesPage() {
  const user = await requireUser("athlete");
  const injuries = await listInjuries(await getDb(), user.id, { limit: 100 });
  const today = todayIn(user.timezone);
  const current = injuries.filter((i) => i.status !== "resolved");
  const resolved = injuries.filter((i) => i.status === "resolved");

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader title="Injuries">
        Log pain daily on a 0–10 scale. 0–3 is safe, 4–5 acceptable; above 5, stop loading the area and see a
        professional (Silbernagel 2007).
      </PageHeader>

      <PageSection id="current-heading" title="Active and recovering" className="space-y-3">
        {current.length === 0 ? (
          <EmptyCard>
            Nothing to monitor: no active or recovering injuries. If something starts to hurt, report it below so Aria
            can keep your drills and advice safe.
          </EmptyCard>
        ) : (
          <InjuryList injuries={current} today={today} timeZone={user.timezone} />
        )}
      </PageSection>

      <Card title="Report an injury">
        <InjuryForm today={today} />
      </Card>

      {resolved.length > 0 ? (
        <PageSection id="resolved-heading" title="Resolved" className="space-y-3">
          <InjuryList injuries={resolved} today={today} timeZone={user.timezone} />
        </PageSection>
      ) : null}
    </div>
  );
}
