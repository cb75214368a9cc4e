import { PageSkeleton } from "@/components/pages/page-skeleton";

export default function Loading() {
  return <PageSkeleton label="wellness" blocks={["h-[28rem]", "h-64"]} />;
}
