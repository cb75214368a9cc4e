import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { TYPE_LABEL, whenLabel } from "@/components/mental/exercise-card";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { getMentalExercise, type MentalExerciseDto } from "@/lib/content/mental";
import { foundOrNull } from "@/lib/core/errors";
import { getDb } from "@/lib/database";

type Params = Promise<{ slug: string }>;

const findExercise = cache(
  async (slug: string): Promise<MentalExerciseDto | null> => foundOrNull(getMentalExercise(await getDb(), slug)),
);

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const exercise = await findExercise((await params).slug);
  return { title: exercise ? exercise.name : "Exercise not found" };
}

export default async function MentalExercisePage({ params }: { params: Params }) {
  await requireUser("athlete");
  const exercise = await findExercise((await params).slug);
  if (!exercise) notFound();

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <nav aria-label="Breadcrumb">
        <Link href="/mental" className="text-sm font-medium text-track-600 hover:underline dark:text-track-400">
          ← All mental exercises
        </Link>
      </nav>
      <header>
        <p className="text-xs font-semibold uppercase tracking-wide text-track-600 dark:text-track-400">
          {TYPE_LABEL[exercise.type] ?? exercise.type} · {exercise.duration_min} min · {exercise.difficulty}
        </p>
        <h1 className="mt-1 text-2xl font-bold tracking-tight sm:text-3xl">{exercise.name}</h1>
        <p className="mt-2 text-zinc-700 dark:text-zinc-300">{exercise.description}</p>
      </header>

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

      <Card title="Steps">
        <ol aria-label="Steps" className="space-y-3">
          {exercise.instructions.map((step, i) => (
            <li key={step} className="flex gap-3 text-sm">
              <span
                aria-hidden="true"
                className="flex size-6 shrink-0 items-center justify-center rounded-full bg-track-500 text-xs font-bold text-white"
              >
                {i + 1}
              </span>
              <span className="pt-0.5">{step}</span>
            </li>
          ))}
        </ol>
      </Card>

      {exercise.equipment.length > 0 || exercise.tags.length > 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {exercise.equipment.length > 0 ? `Equipment: ${exercise.equipment.join(", ")}. ` : ""}
          {exercise.tags.length > 0 ? `Tags: ${exercise.tags.join(", ")}.` : ""}
        </p>
      ) : null}
    </div>
  );
}
