import type { Metadata } from "next";
import { DueCheckIns } from "@/components/notifications/check-in-form";
import { MarkAllRead } from "@/components/notifications/mark-all-read";
import { EmptyNote } from "@/components/pages/empty-state";
import { RuledList } from "@/components/pages/item-list";
import { PageHeader } from "@/components/pages/page-header";
import { TextLink } from "@/components/pages/text-link";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { formatDate } from "@/lib/core/dates";
import { getDb } from "@/lib/database";
import { notificationFeed } from "@/lib/notifications/notifications";

export const metadata: Metadata = { title: "Notifications" };

/** Only links inside Aria are followed from a notification. */
function safeLink(link: string | null): string | null {
  return link?.startsWith("/") && !link.startsWith("//") ? link : null;
}

export default async function NotificationsPage() {
  const user = await requireUser("athlete");
  const tz = user.timezone;
  const feed = await notificationFeed(await getDb(), user.id);

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader title="Notifications">Aria’s questions for you first, then what it noticed.</PageHeader>

      <Card title="Check-ins due">
        <DueCheckIns
          initial={feed.check_ins.map((c) => ({
            id: c.id,
            type: c.type,
            prompt: c.prompt,
            when: formatDate(c.scheduled_for, { timeZone: tz, time: true }),
          }))}
        />
      </Card>

      <Card
        title={
          <>
            Notifications
            {feed.unread > 0 ? (
              <span className="ml-2 inline-block whitespace-nowrap rounded-full bg-track-500 px-2 py-0.5 text-xs font-semibold text-white">
                {feed.unread} unread
              </span>
            ) : null}
          </>
        }
        action={feed.notifications.length > 0 ? <MarkAllRead unread={feed.unread} /> : null}
      >
        {feed.notifications.length === 0 ? (
          <EmptyNote>
            Nothing yet. When Aria spots something in your training, or you reach a goal milestone, it lands here.
          </EmptyNote>
        ) : (
          <RuledList label="Notifications" className="-my-2">
            {feed.notifications.map((n) => {
              const href = safeLink(n.link);
              const unread = n.read_at === null;
              return (
                <li key={n.id} className="flex gap-3 py-3">
                  <span
                    aria-hidden="true"
                    className={`mt-1.5 size-2 shrink-0 rounded-full ${unread ? "bg-track-500" : "bg-transparent"}`}
                  />
                  <div className="min-w-0 flex-1">
                    <p className={`break-words text-sm ${unread ? "font-semibold" : "font-medium"}`}>
                      {unread ? <span className="sr-only">Unread: </span> : null}
                      {n.title}
                    </p>
                    {n.body ? (
                      <p className="mt-0.5 break-words text-sm text-zinc-600 dark:text-zinc-400">{n.body}</p>
                    ) : null}
                    <p className="mt-1 flex flex-wrap items-center gap-x-3 text-xs text-zinc-500 dark:text-zinc-400">
                      <time dateTime={n.created_at}>{formatDate(n.created_at, { timeZone: tz, time: true })}</time>
                      {href ? (
                        <TextLink href={href}>
                          Open
                          <span className="sr-only">: {n.title}</span>
                        </TextLink>
                      ) : null}
                    </p>
                  </div>
                </li>
              );
            })}
          </RuledList>
        )}
      </Card>
    </div>
  );
}
