import { PageSkeleton } from "@/components/sessions/controls";

export default function Loading() {
  return <PageSkeleton label="calendar" blocks={["h-[26rem]", "h-64"]} />;
}
