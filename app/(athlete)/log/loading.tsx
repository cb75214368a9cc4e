import { PageSkeleton } from "@/components/pages/page-skeleton";

export default function Loading() {
  return <PageSkeleton label="the log" blocks={["h-[36rem]"]} />;
}
