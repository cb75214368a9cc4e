import { PageSkeleton } from "@/components/pages/page-skeleton";

export default function Loading() {
  return (
    <PageSkeleton
      label="your progress"
      title="w-40"
      blocks={[
        { count: 4, layout: "grid grid-cols-1 gap-3 min-[420px]:grid-cols-2 lg:grid-cols-4", size: "h-28" },
        "h-72",
        { count: 2, layout: "grid gap-6 lg:grid-cols-2", size: "h-72" },
      ]}
    />
  );
}
