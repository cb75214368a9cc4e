import { PageSkeleton } from "@/components/pages/page-skeleton";

export default function Loading() {
  return <PageSkeleton label="sessions" blocks={["h-96", "h-40", "h-40"]} />;
}
