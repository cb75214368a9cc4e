import type { Metadata } from "next";
import Link from "next/link";
import { mostCommonType } from "@/components/log/quick-log";
import { QuickLogForm } from "@/components/log/quick-log-form";
import { EmptyCard } from "@/components/pages/empty-state";
import { PageHeader } from "@/components/pages/page-header";
import { PageSection } from "@/components/pages/page-section";
import type { SessionValues } from "@/components/sessions/session-form";
import { SessionItem } from "@/components/sessions/session-item";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { dayLabel } from "@/lib/analysis/format";
import { requireUser } from "@/lib/auth/session";
import { addDays, todayIn, weekdayOf } from "@/lib/core/dates";
import { getDb } from "@/lib/database";
import { listSessions } from "@/lib/training/sessions";

export const metadata: Metadata = { title: "Sessions" };

// Six weeks at a time keeps the page short on a phone; "Show older" adds six more.
const WEEKS_STEP = 6;
const MAX_WEEKS = 104;
const SESSIONS_SHOWN = 500;

/** Monday of the date's week. */
function weekStart(date: string): string {
  return addDays(date, -((weekdayOf(date) + 6) % 7));
}

interface Week {
  start: string;
  sessions: SessionValues[];
  minutes: number;
  load: number;
}

function byWeek(sessions: SessionValues[]): Week[] {
  const weeks: Week[] = [];
  for (const session of sessions) {
    const start = weekStart(session.date);
    let week = weeks.at(-1);
    if (!week || week.start !== start) {
      week = { start, sessions: [], minutes: 0, load: 0 };
      weeks.push(week);
    }
    week.sessions.push(session);
    week.minutes += session.duration_min;
    week.load += session.rpe * session.duration_min;
  }
  return weeks;
}

export default async function SessionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser("athlete");
  const today = todayIn(user.timezone);
  const requested = Number((await searchParams).weeks);
  const weeksShown = Number.isInteger(requested) && requested > 0 ? Math.min(requested, MAX_WEEKS) : WEEKS_STEP;
  const from = addDays(weekStart(today), -7 * (weeksShown - 1));
  const db = await getDb();
  const [sessions, older] = await Promise.all([
    listSessions(db, user.id, { from, limit: SESSIONS_SHOWN }),
    listSessions(db, user.id, { to: addDays(from, -1), limit: 1 }),
  ]);
  const weeks = byWeek(
    sessions.map((s) => ({
      id: s.id,
      date: s.date,
      type: s.type,
      duration_min: s.duration_min,
      rpe: s.rpe,
      mood: s.mood,
      notes: s.notes,
      reps: s.reps,
    })),
  );
  const thisWeek = weekStart(today);

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader title="Sessions">
        Log each session as you finish it, with its reps and times. Load is RPE × minutes, the number Aria watches for
        spikes.
      </PageHeader>

      <Card title="Log a session">
        <QuickLogForm userId={user.id} today={today} timeZone={user.timezone} defaultType={mostCommonType(sessions)} />
      </Card>

      <PageSection id="sessions-heading" title="Your sessions" heading="lg" className="space-y-4">
        {weeks.length === 0 ? (
          <EmptyCard>
            {older.length > 0 ? `No sessions in the last ${weeksShown} weeks.` : "No sessions yet."} Pick a type, the
            minutes and how hard it felt above, then press “Log session”.
          </EmptyCard>
        ) : (
          weeks.map((week) => (
            <Card key={week.start}>
              <div className="mb-1 flex flex-wrap items-baseline justify-between gap-x-3">
                <h3 className="text-sm font-semibold">
                  {week.start === thisWeek ? "This week" : `Week of ${dayLabel(week.start)}`}
                </h3>
                <p className="text-xs tabular-nums text-zinc-500 dark:text-zinc-400">
                  {week.sessions.length === 1 ? "1 session" : `${week.sessions.length} sessions`} · {week.minutes} min ·
                  load <span className="font-semibold text-zinc-800 dark:text-zinc-200">{week.load}</span>
                </p>
              </div>
              <ul className="-mb-3 divide-y divide-zinc-100 dark:divide-zinc-800">
                {week.sessions.map((session) => (
                  <SessionItem key={session.id} session={session} today={today} />
                ))}
              </ul>
            </Card>
          ))
        )}
        {older.length > 0 && weeksShown < MAX_WEEKS ? (
          <Link
            href={`/sessions?weeks=${weeksShown + WEEKS_STEP}`}
            scroll={false}
            className={buttonClass("secondary", "w-full")}
          >
            Show older sessions
          </Link>
        ) : null}
      </PageSection>
    </div>
  );
}
