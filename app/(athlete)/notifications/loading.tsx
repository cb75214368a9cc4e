import { PageSkeleton } from "@/components/pages/page-skeleton";

export default function Loading() {
  return <PageSkeleton label="notifications" blocks={["h-64", "h-80"]} />;
}
