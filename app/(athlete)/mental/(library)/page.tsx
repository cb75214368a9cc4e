import type { Metadata } from "next";
import Link from "next/link";
import { ExerciseCard, TYPE_LABEL } from "@/components/mental/exercise-card";
import { CatalogGrid } from "@/components/pages/catalog";
import { EmptyCard } from "@/components/pages/empty-state";
import { PageHeader } from "@/components/pages/page-header";
import { PageSection } from "@/components/pages/page-section";
import { TextLink } from "@/components/pages/text-link";
import { requireUser } from "@/lib/auth/session";
import { MENTAL_EXERCISE_TYPES } from "@/lib/content/catalog/types";
import { cachedMentalExercises, type MentalExerciseDto } from "@/lib/content/mental";
import { mentalExercisesQuery } from "@/lib/content/schemas";
import { getDb } from "@/lib/database";

export const metadata: Metadata = { title: "Mental training" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const chip = (active: boolean) =>
  `inline-flex shrink-0 items-center rounded-full border px-3 py-1.5 text-sm font-medium transition-colors ${
    active
      ? "border-track-500 bg-track-50 text-track-800 dark:bg-track-900/30 dark:text-track-200"
      : "border-zinc-300 text-zinc-700 hover:bg-zinc-100 dark:border-zinc-700 dark:text-zinc-300 dark:hover:bg-zinc-800"
  }`;

export default async function MentalPage({ searchParams }: { searchParams: SearchParams }) {
  await requireUser("athlete");
  const raw = (await searchParams).type;
  const parsed = mentalExercisesQuery.safeParse({ type: Array.isArray(raw) ? raw[0] : raw });
  const type = parsed.success ? parsed.data.type : undefined;
  const { exercises } = await cachedMentalExercises(await getDb(), type);
  const groups = new Map<string, MentalExerciseDto[]>();
  for (const exercise of exercises) groups.set(exercise.type, [...(groups.get(exercise.type) ?? []), exercise]);
  const ordered = MENTAL_EXERCISE_TYPES.filter((t) => groups.has(t));

  return (
    <div className="space-y-6">
      <PageHeader title="Mental training">
        Short exercises for race nerves, focus and confidence: before a meet, between rounds and on rest days.
      </PageHeader>

      <nav aria-label="Exercise types">
        <ul className="-mx-4 flex gap-2 overflow-x-auto px-4 pb-1 sm:mx-0 sm:flex-wrap sm:px-0">
          <li>
            <Link href="/mental" aria-current={type ? undefined : "page"} className={chip(!type)}>
              All
            </Link>
          </li>
          {MENTAL_EXERCISE_TYPES.map((t) => (
            <li key={t}>
              <Link
                href={`/mental?type=${t}`}
                aria-current={type === t ? "page" : undefined}
                className={chip(type === t)}
              >
                {TYPE_LABEL[t] ?? t}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      {ordered.length === 0 ? (
        <EmptyCard>
          No exercises of this type yet. <TextLink href="/mental">Show them all</TextLink>.
        </EmptyCard>
      ) : (
        ordered.map((t) => (
          <PageSection
            key={t}
            id={`type-${t}`}
            title={
              <>
                {TYPE_LABEL[t] ?? t}{" "}
                <span className="text-sm font-normal text-zinc-500 dark:text-zinc-400">({groups.get(t)!.length})</span>
              </>
            }
            className="space-y-3"
          >
            <CatalogGrid entries={groups.get(t)!} card={(exercise) => <ExerciseCard exercise={exercise} />} />
          </PageSection>
        ))
      )}
    </div>
  );
}
