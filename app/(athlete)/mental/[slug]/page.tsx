import { TYPE_LABEL, whenLabel } from "@/components/mental/exercise-card";
import { CatalogDetail, NumberedSteps } from "@/components/pages/catalog";
import { catalogEntry, type SlugParams } from "@/components/pages/catalog-entry";
import { Card } from "@/components/ui/card";
import { getMentalExercise } from "@/lib/content/mental";
import { foundOrNull } from "@/lib/core/errors";
import { getDb } from "@/lib/database";

const exercises = catalogEntry(
  async (slug) => foundOrNull(getMentalExercise(await getDb(), slug)),
  "Exercise not found",
);

export const generateMetadata = exercises.metadata;

export default async function MentalExercisePage({ params }: { params: SlugParams }) {
  const exercise = await exercises.load(params);
  return (
    <CatalogDetail
      back={{ href: "/mental", label: "All mental exercises" }}
      eyebrow={
        <p className="mb-1 text-xs font-semibold uppercase tracking-wide text-track-600 dark:text-track-400">
          {TYPE_LABEL[exercise.type] ?? exercise.type} · {exercise.duration_min} min · {exercise.difficulty}
        </p>
      }
      title={exercise.name}
      description={exercise.description}
    >
      {exercise.when_to_use.length > 0 ? (
        <Card title="When to use it">
          <ul className="flex flex-wrap gap-1.5">
            {exercise.when_to_use.map((when) => (
              <li
                key={when}
                className="rounded-full bg-track-50 px-2.5 py-0.5 text-sm text-track-800 first-letter:uppercase dark:bg-track-900/30 dark:text-track-200"
              >
                {whenLabel(when)}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}

      <NumberedSteps title="Steps" steps={exercise.instructions} />

      {exercise.equipment.length > 0 || exercise.tags.length > 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {exercise.equipment.length > 0 ? `Equipment: ${exercise.equipment.join(", ")}. ` : ""}
          {exercise.tags.length > 0 ? `Tags: ${exercise.tags.join(", ")}.` : ""}
        </p>
      ) : null}
    </CatalogDetail>
  );
}
