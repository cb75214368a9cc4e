import { PageSkeleton } from "@/components/pages/page-skeleton";

export default function Loading() {
  return <PageSkeleton label="your injuries" title="w-36" narrow blocks={["h-56", "h-72"]} />;
}
