import { PageSkeleton } from "@/components/pages/page-skeleton";

export default function Loading() {
  return <PageSkeleton label="calendar" blocks={["h-[26rem]", "h-64"]} />;
}
