import type { Metadata } from "next";
import { PageHeader } from "@/components/pages/page-header";
import { TextLink } from "@/components/pages/text-link";
import { sessionTypeLabel } from "@/components/sessions/labels";
import { AddProfile, type SessionSplits } from "@/components/sprint-profile/add-profile";
import { ForceVelocityChart, SpeedChart, SplitsChart, TrendChart } from "@/components/sprint-profile/profile-charts";
import { ProfileList } from "@/components/sprint-profile/profile-list";
import { ProfileFigures, ReadingCard } from "@/components/sprint-profile/summary";
import { fitWords, START_WORDS } from "@/components/sprint-profile/words";
import { Card } from "@/components/ui/card";
import { readSprintProfiles } from "@/lib/analysis/sprint-profile";
import { requireUser } from "@/lib/auth/session";
import { addDays, formatDate, todayIn } from "@/lib/core/dates";
import { plural } from "@/lib/core/words";
import { getDb } from "@/lib/database";
import { splitsFromReps } from "@/lib/sprint-profiles/from-session";
import { cachedSprintProfiles } from "@/lib/sprint-profiles/service";
import { listSessions } from "@/lib/training/sessions";

export const metadata: Metadata = { title: "Sprint profile" };

/** Every profile the list and the trend show: years of monthly tests. */
const PROFILES_SHOWN = 200;
/** The sessions offered to make a profile from: the last year's, newest first. */
const SESSION_DAYS = 365;
const SESSIONS_READ = 300;

export default async function SprintProfilePage() {
  const user = await requireUser("athlete");
  const db = await getDb();
  const today = todayIn(user.timezone);
  const [profiles, sessions] = await Promise.all([
    cachedSprintProfiles(db, user.id, { limit: PROFILES_SHOWN }),
    listSessions(db, user.id, { from: addDays(today, -SESSION_DAYS), limit: SESSIONS_READ }),
  ]);
  const reading = readSprintProfiles(profiles);
  const latest = profiles[0];
  const timeZone = user.timezone;

  const fromSessions: SessionSplits[] = sessions.flatMap((session) => {
    const splits = splitsFromReps(
      session.reps?.map((set) => ({
        reps: set.reps,
        ...(set.distance_m !== null ? { distanceM: set.distance_m } : {}),
        ...(set.times_s !== null ? { timesS: set.times_s } : {}),
      })) ?? null,
    );
    if (!splits) return [];
    const distances = splits.distances_m.join(", ");
    return [
      {
        id: session.id,
        date: session.date,
        label: `${formatDate(session.date, { timeZone })} · ${sessionTypeLabel(session.type)} · ${distances} m`,
        ...splits,
      },
    ];
  });

  return (
    <div className="space-y-6">
      <PageHeader title="Sprint profile" above={<TextLink href="/progress">← Progress</TextLink>}>
        From the split times of one all-out sprint, Aria fits your top speed (MSS) and acceleration (MAC), and tracks
        them over the season.
      </PageHeader>

      {latest && reading ? (
        <>
          <section aria-labelledby="latest-heading" className="space-y-3">
            <div>
              <h2 id="latest-heading" className="text-base font-semibold">
                Latest: {formatDate(latest.date, { timeZone })}
              </h2>
              <p className="text-sm text-zinc-600 dark:text-zinc-400">
                {START_WORDS[latest.start]} · {fitWords(latest.rse)} · {plural(profiles.length, "profile")} stored
              </p>
            </div>
            <ProfileFigures profile={latest} />
          </section>

          <Card title="What it says">
            <ReadingCard reading={reading} />
          </Card>

          <div className="grid gap-6 lg:grid-cols-2">
            <Card title="Splits and the model">
              <SplitsChart profile={latest} />
            </Card>
            <Card title="Speed and acceleration">
              <SpeedChart profile={latest} />
            </Card>
            {latest.fv ? (
              <Card title="Force–velocity">
                <ForceVelocityChart fv={latest.fv} />
              </Card>
            ) : null}
            <Card title="Top speed and acceleration over time">
              {profiles.length > 1 ? (
                <TrendChart points={profiles} timeZone={timeZone} caption={reading.summary} />
              ) : (
                <p className="text-sm text-zinc-600 dark:text-zinc-400">
                  One profile so far. Measure again the same way in a few weeks and the trend shows here.
                </p>
              )}
            </Card>
          </div>
        </>
      ) : (
        <Card title="No sprint profile yet">
          <div className="space-y-2 text-sm text-zinc-700 dark:text-zinc-300">
            <p>
              Time one all-out sprint with gates at 5, 10, 20, 30 and 40 m (at least 3 gates; timing gates, a laser, or
              a phone video slowed down all work). Rest fully first, and start the same way each time you test.
            </p>
            <p>
              Type the splits below, pick a session whose reps were timed at 3 or more distances, or import your timing
              system's CSV. Aria fits your top speed and acceleration and tells you which to work on.
            </p>
          </div>
        </Card>
      )}

      <Card id="add" title="Add a profile">
        <AddProfile today={today} sessions={fromSessions} />
      </Card>

      {profiles.length > 0 ? (
        <Card title="Stored profiles">
          <ProfileList profiles={profiles} timeZone={timeZone} />
        </Card>
      ) : null}
    </div>
  );
}
