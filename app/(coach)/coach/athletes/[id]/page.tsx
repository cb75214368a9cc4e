import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AthleteFacts, AthleteFlags } from "@/components/coach/athlete-facts";
import { AthleteProgress } from "@/components/coach/athlete-progress";
import { AthleteSessions } from "@/components/coach/athlete-sessions";
import { CoachNotes } from "@/components/coach/coach-notes";
import { AthleteDashboard } from "@/components/dashboard/athlete-dashboard";
import { TodayCard } from "@/components/today/today-card";
import { VerdictBadge } from "@/components/today/verdict-badge";
import { AcwrBadge } from "@/components/ui/acwr-badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { athleteOverview } from "@/lib/athlete/overview";
import { requireUser } from "@/lib/auth/session";
import { athleteName, isLinkedCoach } from "@/lib/coach/links";
import { sessionNoteLabel, suggestionNoteLabel } from "@/lib/coach/note-input";
import { notesByCoach } from "@/lib/coach/notes";
import { rosterRow } from "@/lib/coach/roster";
import { addDays, formatDate, timeZoneCity } from "@/lib/core/dates";
import { uuidField } from "@/lib/core/validation";
import { getDb } from "@/lib/database";
import { athletePlansBetween } from "@/lib/plans/week";
import { cachedProgressAnalytics } from "@/lib/progress/service";
import { listSessions } from "@/lib/training/sessions";

export const metadata: Metadata = { title: "Athlete" };

/** The recent sessions listed, each of which a note can be about: the last four weeks'. */
const RECENT_DAYS = 28;
const RECENT_SESSIONS = 40;
/** The window of the athlete's own Progress page (personal bests are lifetime figures), so both read one cache key. */
const PROGRESS_DAYS = 3650;

/**
 * A linked athlete's roster row on top (the same words as their card on the roster), then their dashboard,
 * read-only, their recent sessions (with the plan each fulfilled) and their progress, and the coach's notes to them ("Write a note" at the top for a general one, "Leave a note" on a session
 * or suggestion); any other athlete is a 404, so a coach cannot probe for accounts.
 */
export default async function CoachAthletePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ note?: string }>;
}) {
  const coach = await requireUser("coach");
  const [{ id }, { note }] = await Promise.all([params, searchParams]);
  const db = await getDb();
  if (!uuidField.safeParse(id).success || !(await isLinkedCoach(db, coach.id, id))) notFound();
  const [athlete, overview, sent, row] = await Promise.all([
    athleteName(db, id),
    athleteOverview(db, id),
    notesByCoach(db, coach.id, id),
    rosterRow(db, coach.id, id),
  ]);
  // Unlinked between the check above and now.
  if (!row) notFound();
  const recent = { from: addDays(overview.asOf, -(RECENT_DAYS - 1)), to: overview.asOf };
  const [sessions, plans, progress] = await Promise.all([
    listSessions(db, id, { ...recent, limit: RECENT_SESSIONS }),
    athletePlansBetween(db, id, recent, overview.asOf),
    cachedProgressAnalytics(db, id, "all", PROGRESS_DAYS),
  ]);
  const firstName = athlete.name.split(" ")[0] ?? athlete.name;
  // The athlete's own today, which the read-only dashboard below is worked out for.
  const asOf = formatDate(overview.asOf, { timeZone: athlete.timezone });
  const noteHref = (type: "session" | "suggestion", targetId: string) =>
    `/coach/athletes/${id}?note=${type}:${targetId}#notes`;
  // A general note, about the athlete rather than one session or suggestion.
  const generalNoteHref = `/coach/athletes/${id}?note=athlete#notes`;

  return (
    <div className="space-y-6">
      <header>
        <Link href="/coach" className="text-sm font-medium text-track-600 hover:underline dark:text-track-400">
          ← Squad
        </Link>
        <div className="mt-1 flex flex-wrap items-end justify-between gap-3">
          <div>
            <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{athlete.name}</h1>
            <p className="text-sm text-zinc-500 dark:text-zinc-400">
              Read-only · as of {asOf}, {firstName}’s time ({timeZoneCity(athlete.timezone)})
            </p>
          </div>
          <Link href={generalNoteHref} className={buttonClass("secondary", "", "compact")}>
            Write a note
          </Link>
        </div>
      </header>
      <section
        aria-label={`${firstName} on the roster`}
        className="space-y-3 rounded-2xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900"
      >
        <div className="flex flex-wrap items-start justify-between gap-2">
          <p className="text-sm text-zinc-700 dark:text-zinc-300">{row.reason}</p>
          <div className="flex items-center gap-2">
            {row.today ? <VerdictBadge verdict={row.today.verdict} title={row.today.headline} /> : null}
            <AcwrBadge acwr={row.acwr} zone={row.acwr_zone} />
          </div>
        </div>
        <AthleteFlags athlete={row} />
        <AthleteFacts athlete={row} withDates />
      </section>
      <nav aria-label={`About ${firstName}`} className="-mx-1 flex flex-wrap gap-1">
        {[
          ["#dashboard", "Dashboard"],
          ["#sessions", "Sessions"],
          ["#progress", "Progress"],
          ["#notes", "Notes"],
        ].map(([href, label]) => (
          <a
            key={href}
            href={href}
            className="inline-flex min-h-11 items-center rounded-xl px-3 text-sm font-medium text-track-700 hover:bg-zinc-100 dark:text-track-400 dark:hover:bg-zinc-800"
          >
            {label}
          </a>
        ))}
      </nav>
      <div id="dashboard" className="scroll-mt-20">
        <TodayCard today={overview.today} readOnly />
      </div>
      <AthleteDashboard overview={overview} timeZone={coach.timezone} readOnly noteHref={noteHref} />
      <Card id="sessions" title={`${firstName}’s sessions, last ${RECENT_DAYS} days`}>
        <AthleteSessions
          sessions={sessions}
          plans={plans}
          days={RECENT_DAYS}
          firstName={firstName}
          timeZone={athlete.timezone}
          noteHref={(sessionId) => noteHref("session", sessionId)}
        />
      </Card>
      <Card id="progress" title={`${firstName}’s progress`}>
        <AthleteProgress analytics={progress} firstName={firstName} timeZone={athlete.timezone} />
      </Card>
      <Card id="notes" title={`Notes to ${firstName}`}>
        <CoachNotes
          athlete={{ id, firstName }}
          initialTarget={note}
          targets={[
            ...overview.suggestions.map((s) => ({
              type: "suggestion" as const,
              id: s.id,
              label: suggestionNoteLabel(s.title),
            })),
            ...sessions.map((s) => ({
              type: "session" as const,
              id: s.id,
              label: sessionNoteLabel({ type: s.type, date: s.date, durationMin: s.duration_min, rpe: s.rpe }),
            })),
          ]}
          sent={sent.map((n) => ({
            id: n.id,
            target_label: n.target_label,
            body: n.body,
            when: formatDate(n.created_at, { timeZone: coach.timezone }),
          }))}
        />
      </Card>
    </div>
  );
}
