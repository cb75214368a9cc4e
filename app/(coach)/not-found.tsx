import type { Metadata } from "next";
import { NotFoundMessage } from "@/components/pages/not-found-message";

export const metadata: Metadata = { title: "Page not found" };

export default function CoachNotFound() {
  return <NotFoundMessage back="/coach" backLabel="Back to the roster" />;
}
