import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { requireUser } from "@/lib/auth/session";

export default async function CoachLayout({ children }: { children: ReactNode }) {
  const user = await requireUser("coach");
  return <AppShell user={user}>{children}</AppShell>;
}
