import type { Metadata } from "next";
import Link from "next/link";
import { Stat } from "@/components/dashboard/stat";
import { AcwrBadge } from "@/components/ui/acwr-badge";
import { Card } from "@/components/ui/card";
import { PriorityBadge } from "@/components/ui/priority-badge";
import { getDb } from "@/db/client";
import { dayLabel, typeLabel } from "@/lib/analysis/format";
import { athleteOverview } from "@/lib/athlete/overview";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Dashboard" };

const PAIN_ZONE_TEXT = { safe: "safe (0–3)", acceptable: "acceptable (4–5)", not_acceptable: "too high (above 5)" };

function greeting(timeZone: string): string {
  const hour = Number(
    new Intl.DateTimeFormat("en-GB", { hour: "numeric", hour12: false, timeZone }).format(new Date()),
  );
  return hour < 12 ? "Good morning" : hour < 18 ? "Good afternoon" : "Good evening";
}

export default async function DashboardPage() {
  const user = await requireUser("athlete");
  const overview = await athleteOverview(await getDb(), user);
  if (!overview) return null;
  const { week, load, suggestions, injuries, upcoming } = overview;
  const firstName = user.name.split(" ")[0];
  const dateLabel = new Intl.DateTimeFormat("en-GB", {
    weekday: "long",
    day: "numeric",
    month: "long",
    timeZone: user.timezone,
  }).format(new Date());

  return (
    <div className="space-y-6">
      <header>
        <p className="text-sm text-zinc-500 dark:text-zinc-400">{dateLabel}</p>
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">
          {greeting(user.timezone)}, {firstName}
        </h1>
      </header>

      <section aria-label="The last 7 days" className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <Stat label="Sessions · 7 days" value={week.sessions} detail={`${week.minutes} min in total`} />
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
        <Card title="Aria noticed" className="lg:col-span-2">
          {suggestions.length === 0 ? (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              {overview.hasHistory
                ? "Nothing needs your attention: your load, effort and recovery are all within healthy ranges."
                : "Aria reads your sessions, time trials, injuries and wellness. As soon as there is training to read, what it notices appears here."}
            </p>
          ) : (
            <ul className="space-y-3">
              {suggestions.map((suggestion) => (
                <li
                  key={suggestion.type}
                  className="rounded-xl border border-zinc-200 p-3 dark:border-zinc-800"
                  data-suggestion-type={suggestion.type}
                >
                  <div className="flex flex-wrap items-center gap-2">
                    <PriorityBadge priority={suggestion.priority} />
                    <h3 className="font-semibold">{suggestion.title}</h3>
                  </div>
                  <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">{suggestion.message}</p>
                </li>
              ))}
            </ul>
          )}
        </Card>

        <div className="space-y-6">
          <Card title="Injuries">
            {injuries.length === 0 ? (
              <p className="text-sm text-zinc-600 dark:text-zinc-400">No active or recovering injuries.</p>
            ) : (
              <ul className="space-y-2 text-sm">
                {injuries.map((injury) => (
                  <li key={injury.id}>
                    <p className="font-medium first-letter:uppercase">
                      {injury.side !== "none" ? `${injury.side} ` : ""}
                      {injury.bodyPart.toLowerCase()} · {injury.status}
                    </p>
                    <p className="text-zinc-600 dark:text-zinc-400">
                      {injury.latestPain
                        ? `Pain ${injury.latestPain.level}/10 on ${dayLabel(injury.latestPain.date)}: ${PAIN_ZONE_TEXT[injury.zone!]}`
                        : "No pain logged yet"}
                    </p>
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
                    <span className="min-w-0 truncate font-medium">{event.title}</span>
                    <span className="shrink-0 text-zinc-500 dark:text-zinc-400">
                      {new Intl.DateTimeFormat("en-GB", {
                        day: "numeric",
                        month: "short",
                        timeZone: user.timezone,
                      }).format(event.startsAt)}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card title="Last session">
            {overview.lastSession ? (
              <p className="text-sm">
                <span className="font-medium">{typeLabel(overview.lastSession.type)}</span> on{" "}
                {overview.lastSession.date}: {overview.lastSession.durationMin} min at RPE {overview.lastSession.rpe}
              </p>
            ) : (
              <p className="text-sm text-zinc-600 dark:text-zinc-400">
                No sessions yet. Meanwhile, set your events and experience in{" "}
                <Link href="/settings" className="font-semibold text-track-600 hover:underline dark:text-track-400">
                  settings
                </Link>{" "}
                so Aria can pitch its advice at your level.
              </p>
            )}
          </Card>
        </div>
      </div>
    </div>
  );
}
