import { PageSkeleton } from "@/components/pages/page-skeleton";

export default function Loading() {
  return (
    <PageSkeleton
      label="your sprint profile"
      title="w-48"
      crumb="w-20"
      blocks={[
        { count: 4, layout: "grid grid-cols-2 gap-2 lg:grid-cols-4", size: "h-28" },
        "h-32",
        { count: 2, layout: "grid gap-6 lg:grid-cols-2", size: "h-72" },
        "h-96",
      ]}
    />
  );
}
