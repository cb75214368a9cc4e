import type { Metadata } from "next";
import Link from "next/link";
import { categoryLabel, DrillCard, pickedFor, REGION_LABEL } from "@/components/drills/drill-card";
import { CatalogGrid } from "@/components/pages/catalog";
import { EmptyCard } from "@/components/pages/empty-state";
import { PageHeader } from "@/components/pages/page-header";
import { PageSection } from "@/components/pages/page-section";
import { TextLink } from "@/components/pages/text-link";
import { CONTROL, LABEL } from "@/components/progress/controls";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { BODY_REGIONS, DIFFICULTIES, DRILL_CATEGORIES } from "@/lib/content/catalog/types";
import { cachedRecommendedDrills, listDrills } from "@/lib/content/drills";
import { type DrillsQuery, drillsQuery } from "@/lib/content/schemas";
import { capitalized, plural } from "@/lib/core/words";
import { getDb } from "@/lib/database";

export const metadata: Metadata = { title: "Drills" };

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
      <PageHeader title="Drills">
        Technique, speed, plyometric, strength and recovery drills, each with step-by-step instructions.
      </PageHeader>

      {recommended && recommended.drills.length > 0 ? (
        <PageSection id="recommended-heading" title="Recommended for you">
          <p className="mb-3 text-xs text-zinc-500 dark:text-zinc-400">{pickedFor(recommended.experience_level)}</p>
          <ul className="-mx-4 flex snap-x gap-3 overflow-x-auto px-4 pb-2 sm:mx-0 sm:px-0">
            {recommended.drills.map((drill) => (
              <li key={drill.slug} className="w-64 shrink-0 snap-start sm:w-72">
                <DrillCard drill={drill} reason={drill.reason} />
              </li>
            ))}
          </ul>
        </PageSection>
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
              options={DIFFICULTIES.map((d) => [d, capitalized(d)] as const)}
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

      <PageSection
        id="library-heading"
        title={
          filtered
            ? `${plural(drills.length, "drill")} ${drills.length === 1 ? "matches" : "match"}`
            : `All ${plural(drills.length, "drill")}`
        }
        live
        className="space-y-3"
      >
        {drills.length === 0 ? (
          <EmptyCard>
            No drill matches{filters.q ? ` “${filters.q}”` : ""} with these filters. Try a shorter word or{" "}
            <TextLink href="/drills">clear the filters</TextLink>.
          </EmptyCard>
        ) : (
          <CatalogGrid entries={drills} card={(drill) => <DrillCard drill={drill} />} />
        )}
      </PageSection>
    </div>
  );
}
