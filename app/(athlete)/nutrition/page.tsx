import type { Metadata } from "next";
import Link from "next/link";
import { MEAL_LABELS } from "@/components/nutrition/labels";
import { MealForm } from "@/components/nutrition/meal-form";
import { Card } from "@/components/ui/card";
import { ConfirmDeleteButton } from "@/components/ui/confirm-delete-button";
import { dayLabel, num } from "@/lib/analysis/format";
import { requireUser } from "@/lib/auth/session";
import { addDays, todayIn } from "@/lib/core/dates";
import { MEALS } from "@/lib/core/domain";
import { isoDateField } from "@/lib/core/validation";
import { getDb } from "@/lib/database";
import { listNutrition, type NutritionDto } from "@/lib/nutrition/logs";

export const metadata: Metadata = { title: "Nutrition" };

function macros(log: NutritionDto): string {
  return [
    log.kcal !== null ? `${log.kcal} kcal` : null,
    log.protein_g !== null ? `P ${num(log.protein_g)} g` : null,
    log.carbs_g !== null ? `C ${num(log.carbs_g)} g` : null,
    log.fat_g !== null ? `F ${num(log.fat_g)} g` : null,
    log.hydration_ml !== null ? `${log.hydration_ml} ml water` : null,
  ]
    .filter(Boolean)
    .join(" · ");
}

export default async function NutritionPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser("athlete");
  const today = todayIn(user.timezone);
  const requested = (await searchParams).date;
  const date =
    typeof requested === "string" && isoDateField.safeParse(requested).success && requested <= today
      ? requested
      : today;
  const { logs, days } = await listNutrition(await getDb(), user.id, { from: date, to: date, limit: 200 });
  const totals = days[0];
  const summary = [
    { label: "kcal", value: totals?.kcal, unit: "" },
    { label: "Protein", value: totals?.protein_g, unit: "g" },
    { label: "Carbs", value: totals?.carbs_g, unit: "g" },
    { label: "Fat", value: totals?.fat_g, unit: "g" },
    // Litres keep the strip one row wide on a phone.
    { label: "Water", value: totals?.hydration_ml == null ? null : totals.hydration_ml / 1000, unit: "L" },
  ];
  const meals = MEALS.map((meal) => ({ meal, logs: logs.filter((log) => log.meal === meal) })).filter(
    (group) => group.logs.length > 0,
  );
  const dayLinkClass =
    "inline-flex size-10 items-center justify-center rounded-xl border border-zinc-300 text-lg hover:bg-zinc-50 dark:border-zinc-700 dark:hover:bg-zinc-800";

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header>
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Nutrition</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          What you eat and drink around training. Log what you know; a rough note beats nothing.
        </p>
      </header>

      <nav aria-label="Day" className="flex items-center justify-between gap-3">
        <Link href={`/nutrition?date=${addDays(date, -1)}`} className={dayLinkClass} aria-label="Previous day">
          <span aria-hidden="true">‹</span>
        </Link>
        <div className="text-center">
          <p className="text-base font-semibold">{date === today ? `Today · ${dayLabel(date)}` : dayLabel(date)}</p>
          {date !== today ? (
            <Link
              href="/nutrition"
              className="text-xs font-semibold text-track-600 hover:underline dark:text-track-400"
            >
              Back to today
            </Link>
          ) : null}
        </div>
        {date < today ? (
          <Link href={`/nutrition?date=${addDays(date, 1)}`} className={dayLinkClass} aria-label="Next day">
            <span aria-hidden="true">›</span>
          </Link>
        ) : (
          <span className={`${dayLinkClass} pointer-events-none opacity-30`} aria-hidden="true">
            ›
          </span>
        )}
      </nav>

      <section aria-label="Day totals" className="grid grid-cols-5 gap-1.5 sm:gap-3">
        {summary.map((item) => (
          <div
            key={item.label}
            className="min-w-0 rounded-2xl border border-zinc-200 bg-white px-1 py-2.5 text-center sm:px-4 sm:text-left dark:border-zinc-800 dark:bg-zinc-900"
          >
            <p className="truncate text-[11px] font-medium text-zinc-500 sm:text-xs sm:uppercase sm:tracking-wide dark:text-zinc-400">
              {item.label}
            </p>
            <p className="mt-0.5 whitespace-nowrap text-sm font-semibold tabular-nums sm:text-xl">
              {item.value === null || item.value === undefined ? (
                "—"
              ) : (
                <>
                  {num(item.value)}
                  {item.unit ? (
                    <span className="text-[11px] font-medium text-zinc-500 sm:text-xs"> {item.unit}</span>
                  ) : null}
                </>
              )}
            </p>
          </div>
        ))}
      </section>

      <Card title="Meals">
        {meals.length === 0 ? (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            Nothing logged for {date === today ? "today" : dayLabel(date)}. Add your first meal or drink below.
          </p>
        ) : (
          <div className="space-y-4">
            {meals.map((group) => (
              <section key={group.meal} aria-label={MEAL_LABELS[group.meal]}>
                <h3 className="text-xs font-semibold uppercase tracking-wide text-zinc-500 dark:text-zinc-400">
                  {MEAL_LABELS[group.meal]}
                </h3>
                <ul className="mt-1 divide-y divide-zinc-100 dark:divide-zinc-800">
                  {group.logs.map((log) => (
                    <li key={log.id} className="flex items-start justify-between gap-3 py-2">
                      <div className="min-w-0">
                        <p className="break-words text-sm font-medium">{log.description ?? MEAL_LABELS[log.meal]}</p>
                        <p className="text-xs tabular-nums text-zinc-500 dark:text-zinc-400">
                          {macros(log) || "No amounts"}
                        </p>
                      </div>
                      <ConfirmDeleteButton
                        endpoint={`/api/v1/nutrition/${log.id}`}
                        label={`${MEAL_LABELS[log.meal]}${log.description ? `: ${log.description}` : ""}`}
                      />
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
        )}
      </Card>

      <Card title={date === today ? "Add a meal" : `Add a meal to ${dayLabel(date)}`}>
        <MealForm date={date} />
      </Card>
    </div>
  );
}
