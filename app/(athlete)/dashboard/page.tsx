import type { Metadata } from "next";
import { AthleteDashboard } from "@/components/dashboard/athlete-dashboard";
import { CheckInsSection } from "@/components/dashboard/check-ins-section";
import { CoachNotesCard } from "@/components/dashboard/coach-notes-card";
import { PageHeader } from "@/components/pages/page-header";
import { TodayCard } from "@/components/today/today-card";
import { athleteOverview } from "@/lib/athlete/overview";
import { requireUser } from "@/lib/auth/session";
import { notesForAthlete } from "@/lib/coach/notes";
import { getDb } from "@/lib/database";
import { refreshOnOpen } from "@/lib/jobs/on-open";
import { getKv } from "@/lib/kv";

export const metadata: Metadata = { title: "Dashboard" };

function greeting(timeZone: string): string {
  const hour = Number(
    new Intl.DateTimeFormat("en-GB", { hour: "numeric", hour12: false, timeZone }).format(new Date()),
  );
  return hour < 12 ? "Good morning" : hour < 18 ? "Good afternoon" : "Good evening";
}

export default async function DashboardPage() {
  const user = await requireUser("athlete");
  const db = await getDb();
  // The first open of the hour shows its own result (due check-ins); later ones return at once.
  await refreshOnOpen(db, getKv(), user.id);
  const [overview, notes] = await Promise.all([athleteOverview(db, user.id), notesForAthlete(db, user.id)]);
  const tz = user.timezone;
  const dateLabel = new Intl.DateTimeFormat("en-GB", {
    weekday: "long",
    day: "numeric",
    month: "long",
    timeZone: tz,
  }).format(new Date());

  return (
    <div className="space-y-6">
      <PageHeader above={dateLabel} title={`${greeting(tz)}, ${user.name.split(" ")[0]}`} />

      <TodayCard today={overview.today} />

      <CheckInsSection dueCheckIns={overview.dueCheckIns} />

      <CoachNotesCard notes={notes} timeZone={tz} />

      <AthleteDashboard overview={overview} timeZone={tz} />
    </div>
  );
}
