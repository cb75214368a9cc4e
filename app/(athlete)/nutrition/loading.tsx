import { PageSkeleton } from "@/components/sessions/controls";

export default function Loading() {
  return <PageSkeleton label="nutrition" blocks={["h-10", "h-20", "h-48", "h-80"]} />;
}
