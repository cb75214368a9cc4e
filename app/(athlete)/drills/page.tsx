import type { Metadata } from "next";
import Link from "next/link";
import { categoryLabel, DrillCard } from "@/components/drills/drill-card";
import { CONTROL, LABEL } from "@/components/progress/controls";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { BODY_REGIONS, DIFFICULTIES, DRILL_CATEGORIES } from "@/lib/content/catalog/types";
import { cachedRecommendedDrills, listDrills } from "@/lib/content/drills";
import { type DrillsQuery, drillsQuery } from "@/lib/content/schemas";
import { getDb } from "@/lib/database";

export const metadata: Metadata = { title: "Drills" };

const REGION_LABEL = { lower: "Lower body", upper: "Upper body", core: "Core", full: "Full body" } as const;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Each filter on its own, so one bad value in the address drops that filter, not the whole search. */
function readFilters(raw: Record<string, string | string[] | undefined>): DrillsQuery {
  const filters: DrillsQuery = {};
  for (const key of ["category", "difficulty", "region", "q"] as const) {
    const value = raw[key];
    const parsed = drillsQuery.safeParse({ [key]: Array.isArray(value) ? value[0] : value });
    if (parsed.success && parsed.data[key] !== undefined) Object.assign(filters, { [key]: parsed.data[key] });
  }
  return filters;
}

function Select({
  id,
  label,
  name,
  value,
  options,
}: {
  id: string;
  label: string;
  name: string;
  value: string | undefined;
  options: readonly (readonly [string, string])[];
}) {
  return (
    <div>
      <label htmlFor={id} className={LABEL}>
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className={CONTROL}>
        <option value="">All</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

export default async function DrillsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser("athlete");
  const db = await getDb();
  const filters = readFilters(await searchParams);
  const filtered = Object.keys(filters).length > 0;
  const [drills, recommended] = await Promise.all([
    listDrills(db, filters),
    filtered ? Promise.resolve(null) : cachedRecommendedDrills(db, user.id, 10),
  ]);

  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Drills</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          Technique, speed, plyometric, strength and recovery drills, each with step-by-step instructions.
        </p>
      </header>

      {recommended && recommended.drills.length > 0 ? (
        <section aria-labelledby="recommended-heading">
          <h2 id="recommended-heading" className="text-base font-semibold">
            Recommended for you
          </h2>
          <p className="mb-3 text-xs text-zinc-500 dark:text-zinc-400">
            Picked for a {recommended.experience_level} sprinter, your injuries and your last two weeks.
          </p>
          <ul className="-mx-4 flex snap-x gap-3 overflow-x-auto px-4 pb-2 sm:mx-0 sm:px-0">
            {recommended.drills.map((drill) => (
              <li key={drill.slug} className="w-64 shrink-0 snap-start sm:w-72">
                <DrillCard drill={drill} reason={drill.reason} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <Card>
        <form method="get" action="/drills" aria-label="Search drills" className="space-y-4">
          <div>
            <label htmlFor="drill-q" className={LABEL}>
              Search
            </label>
            <input
              id="drill-q"
              type="search"
              name="q"
              defaultValue={filters.q ?? ""}
              placeholder="skip, hill, wicket, hamstring…"
              className={CONTROL}
            />
          </div>
          <div className="grid gap-4 sm:grid-cols-3">
            <Select
              id="drill-category"
              label="Category"
              name="category"
              value={filters.category}
              options={DRILL_CATEGORIES.map((c) => [c, categoryLabel(c)] as const)}
            />
            <Select
              id="drill-difficulty"
              label="Difficulty"
              name="difficulty"
              value={filters.difficulty}
              options={DIFFICULTIES.map((d) => [d, d.charAt(0).toUpperCase() + d.slice(1)] as const)}
            />
            <Select
              id="drill-region"
              label="Body region"
              name="region"
              value={filters.region}
              options={BODY_REGIONS.map((r) => [r, REGION_LABEL[r]] as const)}
            />
          </div>
          <div className="flex flex-wrap items-center gap-3">
            <button type="submit" className={buttonClass("primary", "w-full sm:w-auto")}>
              Search drills
            </button>
            {filtered ? (
              <Link href="/drills" className={buttonClass("ghost", "w-full sm:w-auto")}>
                Clear filters
              </Link>
            ) : null}
          </div>
        </form>
      </Card>

      <section aria-labelledby="library-heading">
        <h2 id="library-heading" className="mb-3 text-base font-semibold" aria-live="polite">
          {filtered
            ? `${drills.length} ${drills.length === 1 ? "drill matches" : "drills match"}`
            : `All ${drills.length} drills`}
        </h2>
        {drills.length === 0 ? (
          <Card>
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              No drill matches{filters.q ? ` “${filters.q}”` : ""} with these filters. Try a shorter word or{" "}
              <Link href="/drills" className="font-semibold text-track-600 hover:underline dark:text-track-400">
                clear the filters
              </Link>
              .
            </p>
          </Card>
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {drills.map((drill) => (
              <li key={drill.slug}>
                <DrillCard drill={drill} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
