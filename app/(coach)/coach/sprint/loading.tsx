import { PageSkeleton } from "@/components/pages/page-skeleton";

export default function Loading() {
  return <PageSkeleton label="the squad's sprint profiles" title="w-48" blocks={["h-72", "h-72"]} />;
}
