const SHAPE = {
  card: "rounded-2xl",
  field: "rounded-xl",
  pill: "rounded-full",
} as const;

const BONE = "bg-zinc-200 dark:bg-zinc-800";

/**
 * One placeholder: a card-sized string is its height ("h-64"); a row or grid of like placeholders gives how many,
 * the classes laying them out and each one's size.
 */
export type SkeletonBlock =
  | string
  | { size: string; shape?: keyof typeof SHAPE }
  | { size: string; shape?: keyof typeof SHAPE; count: number; layout: string };

function Block({ block }: { block: SkeletonBlock }) {
  if (typeof block === "string") return <div className={`${block} ${SHAPE.card} ${BONE}`} />;
  const bone = `${block.size} ${SHAPE[block.shape ?? "card"]} ${BONE}`;
  if (!("count" in block)) return <div className={bone} />;
  return (
    <div className={block.layout}>
      {Array.from({ length: block.count }, (_, i) => (
        <div
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed run of placeholders that never reorders
          key={i}
          className={bone}
        />
      ))}
    </div>
  );
}

/**
 * A route's loading state: the page's outline in pulsing blocks, so the content lands where the eye already is.
 * `crumb` and `title` are the widths of the breadcrumb and heading bars; `narrow` matches the pages set in a column.
 */
export function PageSkeleton({
  label,
  blocks,
  title = "w-48",
  crumb,
  narrow = false,
}: {
  /** What is loading, read out as "Loading …". */
  label: string;
  blocks: SkeletonBlock[];
  title?: string;
  crumb?: string;
  narrow?: boolean;
}) {
  return (
    <div className={`${narrow ? "mx-auto max-w-3xl " : ""}animate-pulse space-y-6`} aria-busy="true">
      <p className="sr-only" role="status">
        Loading {label}…
      </p>
      {crumb ? <div className={`h-4 ${crumb} rounded ${BONE}`} /> : null}
      <div className={`h-8 ${title} rounded-lg ${BONE}`} />
      {blocks.map((block, i) => (
        <Block
          // biome-ignore lint/suspicious/noArrayIndexKey: the outline is static
          key={i}
          block={block}
        />
      ))}
    </div>
  );
}
