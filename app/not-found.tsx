import type { Metadata } from "next";
import { NotFoundMessage } from "@/components/pages/not-found-message";
import { PublicFrame } from "@/components/pages/public-frame";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <PublicFrame>
      <NotFoundMessage back="/" backLabel="Back to Aria" />
    </PublicFrame>
  );
}
