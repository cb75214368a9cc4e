import { CATALOG_GRID } from "@/components/pages/catalog";
import { PageSkeleton } from "@/components/pages/page-skeleton";

export default function Loading() {
  return (
    <PageSkeleton
      label="drills"
      title="w-28"
      blocks={[
        { count: 3, layout: "flex gap-3 overflow-hidden", size: "h-36 w-64 shrink-0" },
        "h-48",
        { count: 6, layout: CATALOG_GRID, size: "h-36" },
      ]}
    />
  );
}
