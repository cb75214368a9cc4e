import type { Metadata } from "next";
import { MEAL_LABELS } from "@/components/nutrition/labels";
import { MealForm } from "@/components/nutrition/meal-form";
import { EmptyNote } from "@/components/pages/empty-state";
import { DeletableRow, RuledList } from "@/components/pages/item-list";
import { PageHeader } from "@/components/pages/page-header";
import { PeriodStepper } from "@/components/pages/period-stepper";
import { Card } from "@/components/ui/card";
import { num } from "@/lib/analysis/format";
import { requireUser } from "@/lib/auth/session";
import { addDays, formatDate, todayIn } from "@/lib/core/dates";
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
  const dayWords = formatDate(date, { timeZone: user.timezone });
  const meals = MEALS.map((meal) => ({ meal, logs: logs.filter((log) => log.meal === meal) })).filter(
    (group) => group.logs.length > 0,
  );
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader title="Nutrition">
        What you eat and drink around training. Log what you know; a rough note beats nothing.
      </PageHeader>

      <PeriodStepper
        label="Day"
        previous={{ href: `/nutrition?date=${addDays(date, -1)}`, label: "Previous day" }}
        next={date < today ? { href: `/nutrition?date=${addDays(date, 1)}`, label: "Next day" } : null}
        todayHref={date !== today ? "/nutrition" : null}
      >
        <p className="text-base font-semibold">{date === today ? `Today · ${dayWords}` : dayWords}</p>
      </PeriodStepper>

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
          <EmptyNote>
            Nothing logged for {date === today ? "today" : dayWords}. Add your first meal or drink below.
          </EmptyNote>
        ) : (
          <div className="space-y-4">
            {meals.map((group) => (
              <section key={group.meal} aria-label={MEAL_LABELS[group.meal]}>
                <h3 className="text-xs font-semibold uppercase tracking-wide text-zinc-500 dark:text-zinc-400">
                  {MEAL_LABELS[group.meal]}
                </h3>
                <RuledList className="mt-1">
                  {group.logs.map((log) => (
                    <DeletableRow
                      key={log.id}
                      endpoint={`/api/v1/nutrition/${log.id}`}
                      name={`${MEAL_LABELS[log.meal]}${log.description ? `: ${log.description}` : ""}`}
                      className="py-2"
                    >
                      <p className="break-words text-sm font-medium">{log.description ?? MEAL_LABELS[log.meal]}</p>
                      <p className="text-xs tabular-nums text-zinc-500 dark:text-zinc-400">
                        {macros(log) || "No amounts"}
                      </p>
                    </DeletableRow>
                  ))}
                </RuledList>
              </section>
            ))}
          </div>
        )}
      </Card>

      <Card title={date === today ? "Add a meal" : `Add a meal to ${dayWords}`}>
        <MealForm date={date} />
      </Card>
    </div>
  );
}
