import { PageSkeleton } from "@/components/pages/page-skeleton";

export default function Loading() {
  return (
    <PageSkeleton
      label="the exercise"
      crumb="w-40"
      title="w-56"
      narrow
      blocks={[{ size: "h-16", shape: "field" }, "h-64"]}
    />
  );
}
