import type { Metadata } from "next";
import { InviteManager } from "@/components/coach/invite-manager";
import { ApiTokens } from "@/components/settings/api-tokens";
import { CalendarFeed } from "@/components/settings/calendar-feed";
import { CoachLink } from "@/components/settings/coach-link";
import { ProfileForm, type ProfileValues } from "@/components/settings/profile-form";
import { Sessions } from "@/components/settings/sessions";
import { ThemeToggle } from "@/components/theme-toggle";
import { Card } from "@/components/ui/card";
import { sessionDeadline, sessionEndsIfUnused } from "@/lib/accounts/session-claims";
import { getAccount } from "@/lib/accounts/users";
import { requireSession } from "@/lib/auth/session";
import { listApiTokens } from "@/lib/auth/tokens";
import { feedStatus } from "@/lib/calendar/feed";
import { listCoaches, listInvites } from "@/lib/coach/links";
import { timeZoneLabel } from "@/lib/core/dates";
import { getDb } from "@/lib/database";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const { user, session } = await requireSession();
  const db = await getDb();
  const athlete = user.role === "athlete";
  const [account, tokens, coaches, invites, calendarFeed] = await Promise.all([
    getAccount(db, user.id),
    listApiTokens(db, user.id),
    athlete ? listCoaches(db, user.id) : Promise.resolve([]),
    athlete ? Promise.resolve([]) : listInvites(db, user.id),
    athlete ? feedStatus(db, user.id) : Promise.resolve(null),
  ]);
  const profile: ProfileValues = {
    name: account.user.name,
    timezone: account.user.timezone,
    events: account.profile?.events ?? [],
    experience_years: account.profile?.experience_years ?? null,
    birth_date: account.profile?.birth_date ?? null,
    sex: account.profile?.sex ?? null,
  };
  const timeZone = account.user.timezone;
  // The stored value stays the IANA id; the picker shows each zone's city and its offset today. The account's own
  // zone is always offered, even if this runtime's list lacks it.
  const now = new Date();
  const zoneOptions = [...new Set([...Intl.supportedValuesOf("timeZone"), "UTC", timeZone])].map((zone) => ({
    value: zone,
    label: timeZoneLabel(zone, now),
  }));

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header>
        <h1 className="text-2xl font-bold tracking-tight">Settings</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          {athlete
            ? "Your profile, your coach and the programs that can use your account."
            : "Your profile, invite codes for your squad and the programs that can use your account."}
        </p>
      </header>

      <Card title="Profile">
        <p className="-mt-1 mb-4 text-sm text-zinc-600 dark:text-zinc-400">
          Signed in as{" "}
          <span className="break-all font-medium text-zinc-800 dark:text-zinc-200">{account.user.email}</span>
        </p>
        <ProfileForm role={user.role} initial={profile} timeZones={zoneOptions} />
      </Card>

      {athlete ? (
        <Card title="Coach">
          <CoachLink initialCoaches={coaches} timeZone={timeZone} />
        </Card>
      ) : (
        <Card title="Invite athletes">
          <InviteManager initialInvites={invites} />
        </Card>
      )}

      {calendarFeed ? (
        <Card title="Calendar feed">
          <CalendarFeed initial={calendarFeed} timeZone={timeZone} now={now.toISOString()} />
        </Card>
      ) : null}

      <Card title="Sessions">
        <Sessions endsAt={sessionEndsIfUnused(session)} deadline={sessionDeadline(session)} timeZone={timeZone} />
      </Card>

      <Card title="API tokens">
        <ApiTokens initialTokens={tokens} timeZone={timeZone} />
      </Card>

      <Card title="Appearance">
        <div className="flex items-center justify-between gap-4">
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            Aria follows your device’s light or dark setting until you pick one here. The choice is kept in this
            browser.
          </p>
          <ThemeToggle />
        </div>
      </Card>
    </div>
  );
}
