import type { Metadata } from "next";
import { mostCommonType } from "@/components/log/quick-log";
import { QuickLogForm } from "@/components/log/quick-log-form";
import { PageHeader } from "@/components/pages/page-header";
import { TextLink } from "@/components/pages/text-link";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { addDays, todayIn } from "@/lib/core/dates";
import { getDb } from "@/lib/database";
import { athleteReadiness } from "@/lib/insights/readiness";
import { listSessions } from "@/lib/training/sessions";

export const metadata: Metadata = { title: "Log a session" };

/** The athlete's habits over the last eight weeks give the type to start on when today prescribes none. */
const HABIT_DAYS = 56;

export default async function LogPage() {
  const user = await requireUser("athlete");
  const today = todayIn(user.timezone);
  const db = await getDb();
  const [readiness, recent] = await Promise.all([
    athleteReadiness(db, user.id, today),
    listSessions(db, user.id, { from: addDays(today, -HABIT_DAYS), limit: 100 }),
  ]);
  const { session } = readiness;
  // A rest day's "optional easy movement" is no guess at what an athlete logging today has done.
  const prefill =
    session.source === "rest"
      ? null
      : { type: session.type, duration_min: session.duration_min, rpe: session.rpe, reps: session.reps };

  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <PageHeader title="Log a session">
        {prefill
          ? "Today's session is filled in: change what went differently, add your times, and save."
          : "Pick the type, the minutes and how hard it felt, add your reps and times, and save."}
      </PageHeader>

      <Card>
        <QuickLogForm
          userId={user.id}
          today={today}
          timeZone={user.timezone}
          prefill={prefill}
          defaultType={mostCommonType(recent)}
        />
      </Card>

      <p className="text-sm">
        <TextLink href="/sessions">All sessions</TextLink>
      </p>
    </div>
  );
}
