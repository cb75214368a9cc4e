import { Sparkline } from "@/components/charts/sparkline";
import { Card } from "@/components/ui/card";
import { injuryLabel } from "@/lib/analysis/format";
import type { AthleteOverview } from "@/lib/athlete/overview";
import { formatDate } from "@/lib/core/dates";

const PAIN_ZONE_TEXT = { safe: "safe (0–3)", acceptable: "acceptable (4–5)", not_acceptable: "too high (above 5)" };

function InjuryItem({ injury, timeZone }: { injury: AthleteOverview["injuries"][number]; timeZone: string }) {
  return (
    <li>
      <p className="font-medium first-letter:uppercase">
        {injuryLabel(injury)} · {injury.status}
      </p>
      <div className="flex items-center justify-between gap-2">
        <p className="text-zinc-600 dark:text-zinc-400">
          {injury.latestPain
            ? `Pain ${injury.latestPain.level}/10 on ${formatDate(injury.latestPain.date, { timeZone })}: ${PAIN_ZONE_TEXT[injury.zone!]}`
            : "No pain logged yet"}
        </p>
        <Sparkline points={injury.pain} label={`Pain trend: ${injury.pain.map((p) => p.level).join(", ")}`} />
      </div>
    </li>
  );
}

/** Active and recovering injuries, each with its latest pain against the pain-monitoring zones and its trend. */
export function InjuriesSection({ injuries, timeZone }: Pick<AthleteOverview, "injuries"> & { timeZone: string }) {
  return (
    <Card title="Injuries">
      {injuries.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">No active or recovering injuries.</p>
      ) : (
        <ul className="space-y-3 text-sm">
          {injuries.map((injury) => (
            <InjuryItem key={injury.id} injury={injury} timeZone={timeZone} />
          ))}
        </ul>
      )}
    </Card>
  );
}
