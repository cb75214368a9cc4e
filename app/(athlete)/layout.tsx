import { after } from "next/server";
import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/database";
import { refreshOnOpen } from "@/lib/jobs/on-open";
import { getKv } from "@/lib/kv";

export default async function AthleteLayout({ children }: { children: ReactNode }) {
  const user = await requireUser("athlete");
  const db = await getDb();
  // Every athlete page is an open: without a cron this is what schedules check-ins and refreshes suggestions
  // (at most hourly). After the response, so no page waits for it; the dashboard runs it first itself.
  after(() => refreshOnOpen(db, getKv(), user.id));
  return <AppShell user={user}>{children}</AppShell>;
}
