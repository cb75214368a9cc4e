import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { categoryLabel, DifficultyBadge } from "@/components/drills/drill-card";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { type DrillDto, getDrill } from "@/lib/content/drills";
import { foundOrNull } from "@/lib/core/errors";
import { getDb } from "@/lib/database";

type Params = Promise<{ slug: string }>;

/** The drill, or null when no drill has that slug; cached so metadata and page read it once. */
const findDrill = cache(async (slug: string): Promise<DrillDto | null> => foundOrNull(getDrill(await getDb(), slug)));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const drill = await findDrill((await params).slug);
  return { title: drill ? drill.name : "Drill not found" };
}

function Chips({ items }: { items: string[] }) {
  return (
    <ul className="flex flex-wrap gap-1.5">
      {items.map((item) => (
        <li
          key={item}
          className="rounded-full bg-zinc-100 px-2.5 py-0.5 text-xs text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300"
        >
          {item.replaceAll("_", " ")}
        </li>
      ))}
    </ul>
  );
}

export default async function DrillPage({ params }: { params: Params }) {
  await requireUser("athlete");
  const drill = await findDrill((await params).slug);
  if (!drill) notFound();

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <nav aria-label="Breadcrumb">
        <Link href="/drills" className="text-sm font-medium text-track-600 hover:underline dark:text-track-400">
          ← All drills
        </Link>
      </nav>
      <header>
        <div className="flex flex-wrap items-center gap-2">
          <DifficultyBadge difficulty={drill.difficulty} />
          <span className="text-xs text-zinc-500 dark:text-zinc-400">{categoryLabel(drill.category)}</span>
        </div>
        <h1 className="mt-2 text-2xl font-bold tracking-tight sm:text-3xl">{drill.name}</h1>
        <p className="mt-2 text-zinc-700 dark:text-zinc-300">{drill.description}</p>
      </header>

      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {[
          ["Prescription", drill.prescription],
          ["Duration", `${drill.duration_min} min`],
          ["Body region", `${drill.body_region} body`],
          ["Equipment", drill.equipment.length > 0 ? drill.equipment.join(", ") : "None"],
        ].map(([term, detail]) => (
          <div
            key={term}
            className="rounded-2xl border border-zinc-200 bg-white p-3 dark:border-zinc-800 dark:bg-zinc-900"
          >
            <dt className="text-xs font-medium uppercase tracking-wide text-zinc-500 dark:text-zinc-400">{term}</dt>
            <dd className="mt-1 text-sm font-semibold first-letter:uppercase">{detail}</dd>
          </div>
        ))}
      </dl>

      <Card title="Instructions">
        <ol aria-label="Instructions" className="space-y-3">
          {drill.instructions.map((step, i) => (
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

      <div className="grid gap-6 sm:grid-cols-2">
        {drill.trains.length > 0 ? (
          <Card title="What it trains">
            <Chips items={drill.trains} />
          </Card>
        ) : null}
        {drill.tags.length > 0 ? (
          <Card title="Tags">
            <Chips items={drill.tags} />
          </Card>
        ) : null}
      </div>
    </div>
  );
}
