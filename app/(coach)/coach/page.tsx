import type { Metadata } from "next";
import Link from "next/link";
import { InviteManager } from "@/components/coach/invite-manager";
import { UnlinkAthlete } from "@/components/coach/unlink-athlete";
import { AcwrBadge } from "@/components/ui/acwr-badge";
import { Card } from "@/components/ui/card";
import { PriorityBadge } from "@/components/ui/priority-badge";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/session";
import { listInvites } from "@/lib/coach/links";
import { squadRoster } from "@/lib/coach/roster";

export const metadata: Metadata = { title: "Squad" };

export default async function RosterPage() {
  const coach = await requireUser("coach");
  const db = await getDb();
  const [athletes, invites] = await Promise.all([squadRoster(db, coach.id), listInvites(db, coach.id)]);
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Your squad</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          Ordered as a triage queue: critical warnings first, then high ones, then load furthest from the sweet spot,
          then the longest without a session.
        </p>
      </header>
      {athletes.length === 0 ? (
        <Card>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            No athletes linked yet. Create an invite code below and give it to your athletes: they enter it in their own
            settings to join your squad.
          </p>
        </Card>
      ) : (
        <ol aria-label="Athletes in triage order" className="space-y-3">
          {athletes.map((athlete, index) => (
            <li
              key={athlete.id}
              className="rounded-2xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900"
            >
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div className="min-w-0">
                  <p className="text-xs font-medium text-zinc-500">#{index + 1}</p>
                  <h2 className="text-lg font-semibold">
                    <Link href={`/coach/athletes/${athlete.id}`} className="hover:text-track-600 hover:underline">
                      {athlete.name}
                    </Link>
                  </h2>
                  <p className="text-sm text-zinc-700 dark:text-zinc-300">{athlete.reason}</p>
                </div>
                <div className="flex flex-col items-end gap-1">
                  <AcwrBadge acwr={athlete.acwr} zone={athlete.acwr_zone} />
                  <UnlinkAthlete athlete={{ id: athlete.id, name: athlete.name }} />
                </div>
              </div>
              {athlete.flags.length > 0 ? (
                <ul aria-label={`Flags for ${athlete.name}`} className="mt-3 flex flex-wrap gap-2">
                  {athlete.flags.map((flag) => (
                    <li
                      key={flag.type}
                      className="flex items-center gap-1.5 rounded-full border border-zinc-200 py-0.5 pl-0.5 pr-2 text-xs dark:border-zinc-700"
                    >
                      <PriorityBadge priority={flag.priority} />
                      {flag.title}
                    </li>
                  ))}
                </ul>
              ) : null}
              <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4">
                <div>
                  <dt className="text-xs text-zinc-500">Last session</dt>
                  <dd>
                    {athlete.days_since_last_session === null
                      ? "never"
                      : athlete.days_since_last_session === 0
                        ? "today"
                        : `${athlete.days_since_last_session} d ago`}
                  </dd>
                </div>
                <div>
                  <dt className="text-xs text-zinc-500">Injuries</dt>
                  <dd>
                    {athlete.injuries.length === 0
                      ? "none"
                      : athlete.injuries
                          .map((i) => `${i.body_part}${i.latest_pain === null ? "" : ` (pain ${i.latest_pain})`}`)
                          .join(", ")}
                  </dd>
                </div>
                <div>
                  <dt className="text-xs text-zinc-500">Wellness (Hooper)</dt>
                  <dd>{athlete.latest_wellness ? `${athlete.latest_wellness.hooper} / 28` : "—"}</dd>
                </div>
                <div>
                  <dt className="text-xs text-zinc-500">Next meet</dt>
                  <dd className="truncate">
                    {athlete.next_competition
                      ? `${athlete.next_competition.title}, ${new Date(athlete.next_competition.starts_at).toLocaleDateString("en-GB", { day: "numeric", month: "short" })}`
                      : "—"}
                  </dd>
                </div>
              </dl>
            </li>
          ))}
        </ol>
      )}
      <Card title="Invite athletes">
        <InviteManager initialInvites={invites} />
      </Card>
    </div>
  );
}
