import Link from "next/link";
import { LoadChart } from "@/components/charts/load-chart";
import { Sparkline } from "@/components/charts/sparkline";
import { MilestoneBar } from "@/components/dashboard/milestone-bar";
import { Stat } from "@/components/dashboard/stat";
import { SuggestionCard } from "@/components/dashboard/suggestion-card";
import { AcwrBadge } from "@/components/ui/acwr-badge";
import { Card } from "@/components/ui/card";
import { dayLabel, typeLabel } from "@/lib/analysis/format";
import type { AthleteOverview } from "@/lib/athlete/overview";
import { formatDay } from "@/lib/core/format";

const PAIN_ZONE_TEXT = { safe: "safe (0–3)", acceptable: "acceptable (4–5)", not_acceptable: "too high (above 5)" };

/**
 * The athlete's dashboard body: the athlete's own page, and read-only (no dismiss, no settings link) on a linked
 * coach's drill-down, where `noteHref` offers a note on each suggestion and on the last session.
 */
export function AthleteDashboard({
  overview,
  timeZone,
  readOnly = false,
  noteHref,
}: {
  overview: AthleteOverview;
  timeZone: string;
  readOnly?: boolean;
  noteHref?: (type: "session" | "suggestion", id: string) => string;
}) {
  const { week, load, suggestions, injuries, upcoming, goals } = overview;
  const tz = timeZone;
  return (
    <>
      <section aria-label="The last 7 days" className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <Stat
          label="Sessions · 7 days"
          value={week.sessions}
          detail={`${week.minutes} min · ${week.sessionsPerWeek.toFixed(1)}/week over 4 weeks`}
        />
        <Stat
          label="Average RPE"
          value={week.averageRpe === null ? "—" : week.averageRpe.toFixed(1)}
          detail="effort, 1 to 10"
        />
        <Stat label="Acute load" value={Math.round(load.acute)} detail={`chronic ${Math.round(load.chronic)} a week`} />
        <Stat
          label="ACWR"
          value={load.acwr === null ? "—" : load.acwr.toFixed(2)}
          detail={<AcwrBadge acwr={load.acwr} zone={load.acwrZone} />}
        />
      </section>

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <Card title="Aria noticed">
            {suggestions.length === 0 ? (
              <p className="text-sm text-zinc-600 dark:text-zinc-400">
                {overview.hasHistory
                  ? "Nothing needs your attention: your load, effort and recovery are all within healthy ranges."
                  : "Aria reads your sessions, time trials, injuries and wellness. As soon as there is training to read, what it notices appears here."}
              </p>
            ) : (
              <ul className="space-y-3">
                {suggestions.map((s) => (
                  <SuggestionCard
                    key={s.id}
                    readOnly={readOnly}
                    noteHref={noteHref?.("suggestion", s.id)}
                    suggestion={{
                      id: s.id,
                      type: s.type,
                      priority: s.priority,
                      title: s.title,
                      message: s.message,
                      evidence: s.evidence,
                    }}
                  />
                ))}
              </ul>
            )}
          </Card>
          <Card title="Training load · 6 weeks">
            {overview.hasHistory ? (
              <LoadChart
                points={overview.chart.map((p) => ({
                  date: p.date,
                  load: p.load,
                  acute: Math.round(p.acuteEwma),
                  chronic: Math.round(p.chronicEwma),
                  acwr: p.acwr === null ? null : Math.round(p.acwr * 100) / 100,
                }))}
              />
            ) : (
              <p className="text-sm text-zinc-600 dark:text-zinc-400">
                Your load chart starts with your first session.
              </p>
            )}
          </Card>
          <Card title="Goals">
            {goals.length === 0 ? (
              <p className="text-sm text-zinc-600 dark:text-zinc-400">
                No goals yet. A goal with a target date lets Aria tell you whether you are on schedule.
              </p>
            ) : (
              <ul className="space-y-4">
                {goals.map((goal) => (
                  <li key={goal.id}>
                    <div className="mb-1 flex flex-wrap items-baseline justify-between gap-2 text-sm">
                      <span className="font-medium">{goal.title}</span>
                      <span className="text-xs text-zinc-500">
                        {goal.status === "achieved"
                          ? "Achieved"
                          : `${Math.round(goal.progressPct)}% · by ${dayLabel(goal.targetDate)}${goal.behindSchedule ? " · behind schedule" : ""}`}
                      </span>
                    </div>
                    <MilestoneBar
                      progressPct={goal.progressPct}
                      milestones={goal.milestones}
                      label={`${goal.title}: ${Math.round(goal.progressPct)}%`}
                    />
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>

        <div className="min-w-0 space-y-6">
          <Card title="Injuries">
            {injuries.length === 0 ? (
              <p className="text-sm text-zinc-600 dark:text-zinc-400">No active or recovering injuries.</p>
            ) : (
              <ul className="space-y-3 text-sm">
                {injuries.map((injury) => (
                  <li key={injury.id}>
                    <p className="font-medium first-letter:uppercase">
                      {injury.side !== "none" ? `${injury.side} ` : ""}
                      {injury.bodyPart.toLowerCase()} · {injury.status}
                    </p>
                    <div className="flex items-center justify-between gap-2">
                      <p className="text-zinc-600 dark:text-zinc-400">
                        {injury.latestPain
                          ? `Pain ${injury.latestPain.level}/10 on ${dayLabel(injury.latestPain.date)}: ${PAIN_ZONE_TEXT[injury.zone!]}`
                          : "No pain logged yet"}
                      </p>
                      <Sparkline
                        values={injury.pain.map((p) => p.level)}
                        label={`Pain trend: ${injury.pain.map((p) => p.level).join(", ")}`}
                      />
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card title="Coming up">
            {upcoming.length === 0 ? (
              <p className="text-sm text-zinc-600 dark:text-zinc-400">Nothing on your calendar.</p>
            ) : (
              <ul className="space-y-2 text-sm">
                {upcoming.map((event) => (
                  <li key={`${event.title}-${event.startsAt.toISOString()}`} className="flex justify-between gap-3">
                    <span className="min-w-0 truncate font-medium">
                      {event.type === "competition" ? (
                        <span className="mr-1.5 rounded bg-track-100 px-1 py-0.5 text-[10px] font-semibold uppercase text-track-700 dark:bg-track-900/40 dark:text-track-300">
                          Meet
                        </span>
                      ) : null}
                      {event.title}
                    </span>
                    <span className="shrink-0 text-zinc-500 dark:text-zinc-400">{formatDay(event.startsAt, tz)}</span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card title="Drills for you">
            <p className="mb-2 text-xs text-zinc-500 dark:text-zinc-400">
              Picked for a {overview.experienceLevel} sprinter and this week.
            </p>
            <ul className="space-y-2 text-sm">
              {overview.drills.map((drill) => (
                <li key={drill.slug}>
                  <p className="font-medium">{drill.name}</p>
                  <p className="line-clamp-3 text-xs text-zinc-600 dark:text-zinc-400">{drill.reason}</p>
                </li>
              ))}
            </ul>
          </Card>
          <Card title="Recent achievements">
            {overview.recentAchievements.length === 0 ? (
              <p className="text-sm text-zinc-600 dark:text-zinc-400">
                Milestones at 25, 50, 75 and 100% of a goal appear here.
              </p>
            ) : (
              <ul className="space-y-1 text-sm">
                {overview.recentAchievements.map((a) => (
                  <li key={`${a.goalTitle}-${a.milestone}`}>
                    <span className="font-semibold text-track-600 dark:text-track-400">{a.milestone}%</span> of{" "}
                    {a.goalTitle}
                    <span className="text-xs text-zinc-500"> · {formatDay(a.awardedAt, tz)}</span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card title="Last session">
            {overview.lastSession ? (
              <>
                <p className="text-sm">
                  <span className="font-medium capitalize">{typeLabel(overview.lastSession.type)}</span> on{" "}
                  {dayLabel(overview.lastSession.date)}: {overview.lastSession.durationMin} min at RPE{" "}
                  {overview.lastSession.rpe}
                </p>
                {noteHref && overview.lastSession.id ? (
                  <Link
                    href={noteHref("session", overview.lastSession.id)}
                    className="mt-2 inline-block text-xs font-semibold text-track-700 hover:underline dark:text-track-300"
                  >
                    Leave a note on it
                  </Link>
                ) : null}
              </>
            ) : (
              <p className="text-sm text-zinc-600 dark:text-zinc-400">
                {readOnly ? (
                  "No sessions logged yet."
                ) : (
                  <>
                    No sessions yet. Set your events and experience in{" "}
                    <Link href="/settings" className="font-semibold text-track-600 hover:underline dark:text-track-400">
                      settings
                    </Link>{" "}
                    so Aria pitches its advice at your level.
                  </>
                )}
              </p>
            )}
          </Card>
        </div>
      </div>
    </>
  );
}
