import { LinkCard } from "@/components/ui/link-card";
import type { MentalExerciseDto } from "@/lib/content/mental";

export const TYPE_LABEL: Record<string, string> = {
  visualization: "Visualization",
  breathing: "Breathing",
  meditation: "Meditation",
  cognitive: "Cognitive",
  journaling: "Journaling",
  affirmation: "Affirmation",
  planning: "Planning",
};

/** "pre_race" → "pre race". */
export const whenLabel = (when: string) => when.replaceAll("_", " ").replaceAll("-", " ");

/** A mental exercise in the list: the whole card links to its steps. */
export function ExerciseCard({ exercise }: { exercise: MentalExerciseDto }) {
  return (
    <LinkCard
      href={`/mental/${exercise.slug}`}
      title={exercise.name}
      aside={<span className="shrink-0 text-xs text-zinc-500 dark:text-zinc-400">{exercise.duration_min} min</span>}
    >
      <p className="mt-2 line-clamp-3 text-sm text-zinc-600 dark:text-zinc-400">{exercise.description}</p>
      {exercise.when_to_use.length > 0 ? (
        <p className="mt-auto pt-3 text-xs text-zinc-500 dark:text-zinc-400">
          <span className="font-medium text-zinc-700 dark:text-zinc-300">When:</span>{" "}
          {exercise.when_to_use.map(whenLabel).join(" · ")}
        </p>
      ) : null}
    </LinkCard>
  );
}
