import { categoryLabel, DifficultyBadge, REGION_LABEL } from "@/components/drills/drill-card";
import { CatalogDetail, NumberedSteps } from "@/components/pages/catalog";
import { catalogEntry, type SlugParams } from "@/components/pages/catalog-entry";
import { Card } from "@/components/ui/card";
import { getDrill } from "@/lib/content/drills";
import { foundOrNull } from "@/lib/core/errors";
import { getDb } from "@/lib/database";

const drills = catalogEntry(async (slug) => foundOrNull(getDrill(await getDb(), slug)), "Drill not found");

export const generateMetadata = drills.metadata;

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

export default async function DrillPage({ params }: { params: SlugParams }) {
  const drill = await drills.load(params);
  const category = categoryLabel(drill.category, drill.difficulty);
  return (
    <CatalogDetail
      back={{ href: "/drills", label: "All drills" }}
      eyebrow={
        <div className="mb-2 flex flex-wrap items-center gap-2">
          <DifficultyBadge difficulty={drill.difficulty} />
          {category ? <span className="text-xs text-zinc-500 dark:text-zinc-400">{category}</span> : null}
        </div>
      }
      title={drill.name}
      description={drill.description}
    >
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {[
          ["Prescription", drill.prescription],
          ["Duration", `${drill.duration_min} min`],
          ["Body region", REGION_LABEL[drill.body_region]],
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

      <NumberedSteps title="Instructions" steps={drill.instructions} />

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
    </CatalogDetail>
  );
}
