import { PageSkeleton } from "@/components/pages/page-skeleton";

export default function Loading() {
  return <PageSkeleton label="nutrition" blocks={["h-10", "h-20", "h-48", "h-80"]} />;
}
