import { pickedFor } from "@/components/drills/drill-card";
import { Card } from "@/components/ui/card";
import type { AthleteOverview } from "@/lib/athlete/overview";

/** The drills picked for the athlete's level and week, each with why. */
export function DrillsSection({ drills, experienceLevel }: Pick<AthleteOverview, "drills" | "experienceLevel">) {
  return (
    <Card title="Drills for you">
      <p className="mb-2 text-xs text-zinc-500 dark:text-zinc-400">{pickedFor(experienceLevel)}</p>
      <ul className="space-y-2 text-sm">
        {drills.map((drill) => (
          <li key={drill.slug}>
            <p className="font-medium">{drill.name}</p>
            <p className="line-clamp-3 text-xs text-zinc-600 dark:text-zinc-400">{drill.reason}</p>
          </li>
        ))}
      </ul>
    </Card>
  );
}
