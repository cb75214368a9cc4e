import { PageSkeleton } from "@/components/sessions/controls";

export default function Loading() {
  return <PageSkeleton label="wellness" blocks={["h-[28rem]", "h-64"]} />;
}
