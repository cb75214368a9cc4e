import type { Metadata } from "next";
import Link from "next/link";
import { AthleteDashboard } from "@/components/dashboard/athlete-dashboard";
import { CoachNotesCard } from "@/components/dashboard/coach-notes-card";
import { athleteOverview } from "@/lib/athlete/overview";
import { requireUser } from "@/lib/auth/session";
import { notesForAthlete } from "@/lib/coach/notes";
import { getDb } from "@/lib/database";

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
      <header>
        <p className="text-sm text-zinc-500 dark:text-zinc-400">{dateLabel}</p>
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">
          {greeting(tz)}, {user.name.split(" ")[0]}
        </h1>
      </header>

      {overview.dueCheckIns.length > 0 ? (
        <section
          aria-label="Check-ins due"
          className="rounded-2xl border border-track-200 bg-track-50 p-4 dark:border-track-900/60 dark:bg-track-900/20"
        >
          <div className="flex items-center justify-between gap-2">
            <h2 className="text-sm font-semibold text-track-800 dark:text-track-200">Aria would like a word</h2>
            <Link
              href="/notifications"
              className="text-sm font-semibold text-track-700 hover:underline dark:text-track-300"
            >
              Answer
            </Link>
          </div>
          <ul className="mt-2 flex flex-wrap gap-2">
            {overview.dueCheckIns.map((checkIn) => (
              <li key={checkIn.id} className="rounded-xl bg-white px-3 py-1.5 text-sm shadow-sm dark:bg-zinc-900">
                {checkIn.prompt}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <CoachNotesCard notes={notes} timeZone={tz} />

      <AthleteDashboard overview={overview} timeZone={tz} />
    </div>
  );
}
