import type { Metadata } from "next";
import { InjuryCard } from "@/components/injuries/injury-card";
import { InjuryForm } from "@/components/injuries/injury-form";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { todayIn } from "@/lib/core/dates";
import { getDb } from "@/lib/database";
import { listInjuries } from "@/lib/injuries/service";

export const metadata: Metadata = { title: "Injuries" };

export default async function InjuriesPage() {
  const user = await requireUser("athlete");
  const injuries = await listInjuries(await getDb(), user.id, { limit: 100 });
  const today = todayIn(user.timezone);
  const current = injuries.filter((i) => i.status !== "resolved");
  const resolved = injuries.filter((i) => i.status === "resolved");

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header>
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Injuries</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          Log pain daily on a 0–10 scale. 0–3 is safe, 4–5 acceptable; above 5, stop loading the area and see a
          professional (Silbernagel 2007).
        </p>
      </header>

      <section aria-labelledby="current-heading" className="space-y-3">
        <h2 id="current-heading" className="text-base font-semibold">
          Active and recovering
        </h2>
        {current.length === 0 ? (
          <Card>
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              Nothing to monitor: no active or recovering injuries. If something starts to hurt, report it below so Aria
              can keep your drills and advice safe.
            </p>
          </Card>
        ) : (
          <ul className="space-y-4">
            {current.map((injury) => (
              <InjuryCard key={injury.id} injury={injury} today={today} />
            ))}
          </ul>
        )}
      </section>

      <Card title="Report an injury">
        <InjuryForm today={today} />
      </Card>

      {resolved.length > 0 ? (
        <section aria-labelledby="resolved-heading" className="space-y-3">
          <h2 id="resolved-heading" className="text-base font-semibold">
            Resolved
          </h2>
          <ul className="space-y-4">
            {resolved.map((injury) => (
              <InjuryCard key={injury.id} injury={injury} today={today} />
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
