import type { Metadata } from "next";
import { EmptyNote } from "@/components/pages/empty-state";
import { RuledList } from "@/components/pages/item-list";
import { PageHeader } from "@/components/pages/page-header";
import { Card } from "@/components/ui/card";
import { WellnessForm } from "@/components/wellness/wellness-form";
import { HOOPER_HIGH } from "@/lib/analysis/thresholds";
import { requireUser } from "@/lib/auth/session";
import { addDays, formatDate, todayIn } from "@/lib/core/dates";
import { getDb } from "@/lib/database";
import { listWellness } from "@/lib/wellness/logs";

export const metadata: Metadata = { title: "Wellness" };

const DAYS_SHOWN = 28;

export default async function WellnessPage() {
  const user = await requireUser("athlete");
  const today = todayIn(user.timezone);
  const logs = await listWellness(await getDb(), user.id, {
    from: addDays(today, -(DAYS_SHOWN - 1)),
    to: addDays(today, 1),
    limit: DAYS_SHOWN + 1,
  });
  const todays = logs.find((log) => log.date === today) ?? null;
  const logged = logs.filter((log) => log.date <= today);
  const average = logged.length > 0 ? logged.reduce((sum, log) => sum + log.hooper_index, 0) / logged.length : null;

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader title="Wellness">
        Thirty seconds each morning. Four scores from 1 (best) to 7 (worst) make your Hooper index, which Aria reads
        next to your training load.
      </PageHeader>

      <Card title={todays ? "Today (logged, you can update it)" : "How are you today?"}>
        <WellnessForm
          today={today}
          initial={
            todays
              ? {
                  date: todays.date,
                  sleep: todays.sleep,
                  stress: todays.stress,
                  fatigue: todays.fatigue,
                  soreness: todays.soreness,
                  notes: todays.notes,
                }
              : null
          }
        />
      </Card>

      <Card
        title="Last 4 weeks"
        action={
          average !== null ? (
            <span className="text-xs text-zinc-500 dark:text-zinc-400">
              average <span className="font-semibold tabular-nums">{average.toFixed(1)}</span>
            </span>
          ) : null
        }
      >
        {logged.length === 0 ? (
          <EmptyNote>
            Nothing logged in the last 4 weeks. Fill in today’s four scores above; after a week of mornings you will see
            your pattern here.
          </EmptyNote>
        ) : (
          <RuledList label="Wellness by day" className="-my-2">
            {logged.map((log) => {
              const high = log.hooper_index > HOOPER_HIGH;
              return (
                <li key={log.id} className="flex items-center justify-between gap-3 py-2">
                  <div className="min-w-0">
                    <p className="text-sm font-medium">{formatDate(log.date, { timeZone: user.timezone })}</p>
                    <p className="text-xs tabular-nums text-zinc-500 dark:text-zinc-400">
                      sleep {log.sleep} · stress {log.stress} · fatigue {log.fatigue} · soreness {log.soreness}
                    </p>
                  </div>
                  <span
                    className={`shrink-0 rounded-full px-2.5 py-1 text-sm font-semibold tabular-nums ${
                      high
                        ? "bg-amber-100 text-amber-800 dark:bg-amber-900/40 dark:text-amber-200"
                        : "bg-emerald-50 text-emerald-800 dark:bg-emerald-900/30 dark:text-emerald-200"
                    }`}
                  >
                    <span className="sr-only">Hooper index </span>
                    {log.hooper_index}
                    {high ? <span className="sr-only"> (high)</span> : null}
                  </span>
                </li>
              );
            })}
          </RuledList>
        )}
      </Card>
    </div>
  );
}
