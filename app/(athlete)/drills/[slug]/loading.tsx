import { PageSkeleton } from "@/components/pages/page-skeleton";

export default function Loading() {
  return (
    <PageSkeleton
      label="the drill"
      crumb="w-24"
      title="w-56"
      narrow
      blocks={[
        { size: "h-16", shape: "field" },
        { count: 4, layout: "grid grid-cols-2 gap-3 sm:grid-cols-4", size: "h-16" },
        "h-64",
      ]}
    />
  );
}
