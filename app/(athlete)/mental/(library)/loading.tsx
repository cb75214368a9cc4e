import { CATALOG_GRID } from "@/components/pages/catalog";
import { PageSkeleton } from "@/components/pages/page-skeleton";

export default function Loading() {
  return (
    <PageSkeleton
      label="mental exercises"
      blocks={[
        { count: 5, layout: "flex gap-2 overflow-hidden", size: "h-8 w-24 shrink-0", shape: "pill" },
        { count: 6, layout: CATALOG_GRID, size: "h-32" },
      ]}
    />
  );
}
