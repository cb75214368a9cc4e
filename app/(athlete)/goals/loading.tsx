import { PageSkeleton } from "@/components/pages/page-skeleton";

export default function Loading() {
  return <PageSkeleton label="your goals" title="w-32" narrow blocks={["h-44", "h-44", "h-64"]} />;
}
