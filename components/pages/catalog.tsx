import Link from "next/link";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";

/** A catalog entry's page: the way back to the list, the entry's name and description, then its parts. */
export function CatalogDetail({
  back,
  eyebrow,
  title,
  description,
  children,
}: {
  back: { href: string; label: string };
  /** The line above the name; it sets its own space below. */
  eyebrow: ReactNode;
  title: string;
  description: string;
  children: ReactNode;
}) {
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <nav aria-label="Breadcrumb">
        <Link href={back.href} className="text-sm font-medium text-track-600 hover:underline dark:text-track-400">
          ← {back.label}
        </Link>
      </nav>
      <header>
        {eyebrow}
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{title}</h1>
        <p className="mt-2 text-zinc-700 dark:text-zinc-300">{description}</p>
      </header>
      {children}
    </div>
  );
}

/** Instructions as a numbered list, the number drawn in a dot and the list named like its card. */
export function NumberedSteps({ title, steps }: { title: string; steps: string[] }) {
  return (
    <Card title={title}>
      <ol aria-label={title} className="space-y-3">
        {steps.map((step, i) => (
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
  );
}

/** How a catalog list lays out its cards; the loading outlines of the lists use it too, so they match. */
export const CATALOG_GRID = "grid gap-3 sm:grid-cols-2 lg:grid-cols-3";

/** A catalog list (drills, mental exercises) as a grid of cards, one an entry. */
export function CatalogGrid<T extends { slug: string }>({
  entries,
  card,
}: {
  entries: T[];
  card: (entry: T) => ReactNode;
}) {
  return (
    <ul className={CATALOG_GRID}>
      {entries.map((entry) => (
        <li key={entry.slug}>{card(entry)}</li>
      ))}
    </ul>
  );
}
