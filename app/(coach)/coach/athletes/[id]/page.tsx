import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AthleteDashboard } from "@/components/dashboard/athlete-dashboard";
import { getDb } from "@/db/client";
import { athleteOverview } from "@/lib/athlete/overview";
import { isLinkedCoach } from "@/lib/auth/access";
import { requireUser } from "@/lib/auth/session";
import { athleteName } from "@/lib/coach/links";
import { uuidField } from "@/lib/validation";

export const metadata: Metadata = { title: "Athlete" };

/** A linked athlete's dashboard, read-only; any other athlete is a 404, so a coach cannot probe for accounts. */
export default async function CoachAthletePage({ params }: { params: Promise<{ id: string }> }) {
  const coach = await requireUser("coach");
  const { id } = await params;
  const db = await getDb();
  if (!uuidField.safeParse(id).success || !(await isLinkedCoach(db, coach.id, id))) notFound();
  const [athlete, overview] = await Promise.all([athleteName(db, id), athleteOverview(db, id)]);
  return (
    <div className="space-y-6">
      <header>
        <Link href="/coach" className="text-sm font-medium text-track-600 hover:underline dark:text-track-400">
          ← Squad
        </Link>
        <h1 className="mt-1 text-2xl font-bold tracking-tight sm:text-3xl">{athlete.name}</h1>
        <p className="text-sm text-zinc-500 dark:text-zinc-400">
          Read-only · as of {overview.asOf} in {athlete.timezone}
        </p>
      </header>
      <AthleteDashboard overview={overview} timeZone={coach.timezone} readOnly />
    </div>
  );
}
