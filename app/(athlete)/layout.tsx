import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { requireUser } from "@/lib/auth/session";

export default async function AthleteLayout({ children }: { children: ReactNode }) {
  const user = await requireUser("athlete");
  return <AppShell user={user}>{children}</AppShell>;
}
