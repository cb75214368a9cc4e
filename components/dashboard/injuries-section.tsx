import { Sparkline } from "@/components/charts/sparkline";
import { Card } from "@/components/ui/card";
import { dayLabel } from "@/lib/analysis/format";
import type { AthleteOverview } from "@/lib/athlete/overview";

const PAIN_ZONE_TEXT = { safe: "safe (0–3)", acceptable: "acceptable (4–5)", not_acceptable: "too high (above 5)" };

function InjuryItem({ injury }: { injury: AthleteOverview["injuries"][number] }) {
  const levels = injury.pain.map((p) => p.level);
  return (
    <li>
      <p className="font-medium first-letter:uppercase">
        {injury.side !== "none" ? `${injury.side} ` : ""}
        {injury.bodyPart.toLowerCase()} · {injury.status}
      </p>
      <div className="flex items-center justify-between gap-2">
        <p className="text-zinc-600 dark:text-zinc-400">
          {injury.latestPain
            ? `Pain ${injury.latestPain.level}/10 on ${dayLabel(injury.latestPain.date)}: ${PAIN_ZONE_TEXT[injury.zone!]}`
            : "No pain logged yet"}
        </p>
        <Sparkline values={levels} label={`Pain trend: ${levels.join(", ")}`} />
      </div>
    </li>
  );
}

/** Active and recovering injuries, each with its latest pain against the pain-monitoring zones and its trend. */
export function InjuriesSection({ injuries }: Pick<AthleteOverview, "injuries">) {
  return (
    <Card title="Injuries">
      {injuries.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">No active or recovering injuries.</p>
      ) : (
        <ul className="space-y-3 text-sm">
          {injuries.map((injury) => (
            <InjuryItem key={injury.id} injury={injury} />
          ))}
        </ul>
      )}
    </Card>
  );
}
