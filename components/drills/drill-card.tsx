import { LinkCard } from "@/components/ui/link-card";
import type { DrillDto } from "@/lib/content/drills";
import type { ExperienceLevel } from "@/lib/core/domain";
import { capitalized, withArticle } from "@/lib/core/words";

const DIFFICULTY_STYLE: Record<DrillDto["difficulty"], string> = {
  beginner: "bg-emerald-100 text-emerald-800 dark:bg-emerald-900/40 dark:text-emerald-200",
  intermediate: "bg-sky-100 text-sky-800 dark:bg-sky-900/40 dark:text-sky-200",
  advanced: "bg-violet-100 text-violet-800 dark:bg-violet-900/40 dark:text-violet-200",
};

/** What a recommended list was picked for: the same sentence on the dashboard and above the drill library. */
export function pickedFor(level: ExperienceLevel): string {
  return `Picked for ${withArticle(level)} sprinter, your injuries and your last two weeks.`;
}

export const REGION_LABEL: Record<DrillDto["body_region"], string> = {
  lower: "Lower body",
  upper: "Upper body",
  core: "Core",
  full: "Full body",
};

/**
 * "technique-beginner" → "Technique (beginner)", "core-stability" → "Core & stability". Beside a difficulty badge
 * (`difficulty` given) the level is not said twice: "Technique" beside "Beginner", and nothing for the "advanced"
 * category beside "Advanced".
 */
export function categoryLabel(category: string): string;
export function categoryLabel(category: string, difficulty: DrillDto["difficulty"]): string | null;
export function categoryLabel(category: string, difficulty?: DrillDto["difficulty"]): string | null {
  if (category === "core-stability") return "Core & stability";
  if (category === difficulty) return null;
  const [head = "", tail] = category.split("-");
  const name = capitalized(head);
  return tail && tail !== difficulty ? `${name} (${tail})` : name;
}

export function DifficultyBadge({ difficulty }: { difficulty: DrillDto["difficulty"] }) {
  return (
    <span className={`rounded-full px-2 py-0.5 text-xs font-semibold capitalize ${DIFFICULTY_STYLE[difficulty]}`}>
      {difficulty}
    </span>
  );
}

/** A drill in the library: the whole card links to its page. */
export function DrillCard({ drill, reason }: { drill: DrillDto; reason?: string }) {
  return (
    <LinkCard
      href={`/drills/${drill.slug}`}
      title={drill.name}
      aside={<DifficultyBadge difficulty={drill.difficulty} />}
    >
      <p className="mt-0.5 text-xs text-zinc-500 dark:text-zinc-400">
        {[categoryLabel(drill.category, drill.difficulty), `${drill.duration_min} min`, REGION_LABEL[drill.body_region]]
          .filter(Boolean)
          .join(" · ")}
      </p>
      <p className="mt-2 line-clamp-3 text-sm text-zinc-600 dark:text-zinc-400">{reason ?? drill.description}</p>
      <p className="mt-auto pt-3 text-xs text-zinc-500 dark:text-zinc-400">
        {drill.equipment.length > 0 ? `Equipment: ${drill.equipment.join(", ")}` : "No equipment"}
      </p>
    </LinkCard>
  );
}
