import { PageSkeleton } from "@/components/sessions/controls";

export default function Loading() {
  return <PageSkeleton label="sessions" blocks={["h-96", "h-40", "h-40"]} />;
}
