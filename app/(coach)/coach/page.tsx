import type { Metadata } from "next";
import { InviteManager } from "@/components/coach/invite-manager";
import { RosterList } from "@/components/coach/roster-list";
import { EmptyCard } from "@/components/pages/empty-state";
import { PageHeader } from "@/components/pages/page-header";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { eventTimeLabel } from "@/lib/calendar/schemas";
import { listInvites } from "@/lib/coach/links";
import { squadRoster } from "@/lib/coach/roster";
import { rosterQueryFromSearchParams } from "@/lib/coach/roster-view";
import { getDb } from "@/lib/database";

export const metadata: Metadata = { title: "Squad" };

export default async function RosterPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const coach = await requireUser("coach");
  const db = await getDb();
  const [athletes, invites, view] = await Promise.all([
    squadRoster(db, coach.id),
    listInvites(db, coach.id),
    searchParams.then(rosterQueryFromSearchParams),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader title="Your squad">
        Ordered as a triage queue: critical warnings first, then high ones, then load furthest from the sweet spot, then
        the longest without a session.
      </PageHeader>
      {athletes.length === 0 ? (
        <EmptyCard>
          No athletes linked yet. Create an invite code below and give it to your athletes: they enter it in their own
          settings to join your squad.
        </EmptyCard>
      ) : (
        <RosterList
          initial={view}
          athletes={athletes.map((athlete, index) => ({
            ...athlete,
            rank: index + 1,
            next_meet_label: athlete.next_competition
              ? `${athlete.next_competition.title}, ${eventTimeLabel(athlete.next_competition.starts_at, athlete.timezone)}`
              : null,
          }))}
        />
      )}
      <Card title="Invite athletes">
        <InviteManager initialInvites={invites} />
      </Card>
    </div>
  );
}
