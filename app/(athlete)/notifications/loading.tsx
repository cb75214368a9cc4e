import { PageSkeleton } from "@/components/sessions/controls";

export default function Loading() {
  return <PageSkeleton label="notifications" blocks={["h-64", "h-80"]} />;
}
