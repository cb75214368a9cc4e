import type { Page } from "@playwright/test";
import { mondayOf } from "@/lib/analysis/compliance";
import { addDays, formatDate, todayIn } from "@/lib/core/dates";
import { DEMO_COACH_EMAIL } from "@/lib/seed/demo-accounts";
import { expect, signIn, signOut, test } from "./support";

/** PRODUCT 4.10: the coach plans for the squad, the athlete sees it on the dashboard and logging it marks it done. */

const ATHLETE = "leo@aria.example";
// Leo trains in Lisbon (lib/seed/athletes/leo.ts): the plan is for his today, whatever the runner's zone or weekday.
const ATHLETE_ZONE = "Europe/Lisbon";
const ATHLETE_NAME = "Leo Martins";

async function planCard(page: Page) {
  await page.goto("/dashboard");
  return page.getByRole("region", { name: "This week's plan" });
}

test("a squad plan for today shows on the athlete's week card, and logging it marks it Done", async ({ page }) => {
  test.setTimeout(90_000);
  const today = todayIn(ATHLETE_ZONE);
  const reps = `e2e plan ${Date.now()}`;

  await signIn(page, DEMO_COACH_EMAIL);
  await page.goto("/coach/plan");
  await expect(page.getByRole("heading", { level: 1, name: "Plan" })).toBeVisible();
  const form = page.getByRole("form", { name: "Plan a session" });
  await form.getByLabel("For").selectOption({ label: "The whole squad" });
  await form.getByLabel("Date").fill(today);
  // "Other" is a type the demo seed never plans, so the session logged below pairs with this plan.
  await form.getByLabel("Type").selectOption({ label: "Other" });
  await form.getByLabel("Minutes (optional)").fill("30");
  await form.getByLabel("RPE (optional)").selectOption("5");
  await form.getByLabel("Reps (optional)").fill(reps);
  const created = page.waitForResponse((r) => r.url().endsWith("/api/v1/plans") && r.request().method() === "POST");
  await form.getByRole("button", { name: "Plan session" }).click();
  const { planned_sessions: plans } = (await (await created).json()) as { planned_sessions: { id: string }[] };
  expect(plans.length).toBeGreaterThan(1);
  await expect(form.getByRole("status")).toContainText(`Planned for ${formatDate(today)}`);
  await expect(page.getByText(reps).first()).toBeVisible();
  await signOut(page);

  await signIn(page, ATHLETE);
  let card = await planCard(page);
  const planned = card.getByRole("listitem").filter({ hasText: reps });
  await expect(planned.last()).toContainText("Other · 30 min · RPE 5");
  await expect(planned.last()).toContainText("Today");
  await expect(planned.last()).toContainText("Planned by Maya Okafor");

  await page.goto("/log");
  const log = page.getByRole("form", { name: "Log a session" });
  const remove = log.getByRole("button", { name: /^Remove set/ });
  while ((await remove.count()) > 0) await remove.first().click();
  await log.getByRole("radiogroup", { name: "Type" }).getByRole("radio", { name: "Other", exact: true }).check();
  await log.getByLabel("Duration (min)").fill("30");
  await log.getByRole("radiogroup", { name: "RPE" }).getByRole("radio", { name: "5", exact: true }).check();
  await log.getByRole("button", { name: "Log session" }).click();
  await expect(log.getByRole("status")).toContainText("Logged");

  card = await planCard(page);
  await expect(card.getByRole("listitem").filter({ hasText: reps }).last()).toContainText("Done");
  await expect(card).toContainText(/\d+ of \d+ planned sessions? done so far this week/);
  await signOut(page);

  // Leave the squad's today as it was for other specs: the coach removes the plans.
  await signIn(page, DEMO_COACH_EMAIL);
  // A cookie-authenticated write must come from the app's own origin, as the page's own fetches do.
  const headers = { origin: new URL(page.url()).origin };
  for (const plan of plans) {
    expect((await page.request.delete(`/api/v1/plans/items/${plan.id}`, { headers })).status()).toBe(204);
  }
});

/** Next week's Monday and Wednesday in Leo's zone: days no other spec plans or logs on. */
function nextWeek() {
  const monday = addDays(mondayOf(todayIn(ATHLETE_ZONE)), 7);
  return { monday, wednesday: addDays(monday, 2) };
}

test("an athlete edits their own planned session on the calendar: the form opens filled in, a date moves it", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const { monday, wednesday } = nextWeek();
  const reps = `e2e edit ${Date.now()}`;

  await signIn(page, ATHLETE);
  await page.goto(`/calendar?month=${monday.slice(0, 7)}`);
  const create = page.getByRole("form", { name: "Plan a session" });
  await create.getByLabel("Date").fill(monday);
  await create.getByLabel("Type").selectOption({ label: "Tempo" });
  await create.getByLabel("Minutes (optional)").fill("30");
  await create.getByLabel("Reps (optional)").fill(reps);
  await create.getByRole("button", { name: "Plan session" }).click();
  await expect(create.getByRole("status")).toContainText(`Planned for ${formatDate(monday)}`);

  const list = page.getByRole("list", { name: "Planned sessions" });
  const item = list.getByRole("listitem").filter({ hasText: reps });
  await expect(item).toContainText(formatDate(monday, { timeZone: ATHLETE_ZONE }));
  await item.getByRole("button", { name: /^Edit Tempo · 30 min on / }).click();

  const dialog = page.getByRole("dialog", { name: "Edit planned session" });
  const form = dialog.getByRole("form", { name: "Edit planned session" });
  await expect(form.getByLabel("Date")).toHaveValue(monday);
  await expect(form.getByLabel("Type")).toHaveValue("tempo");
  await expect(form.getByLabel("Minutes (optional)")).toHaveValue("30");
  await expect(form.getByLabel("Reps (optional)")).toHaveValue(reps);

  // A wrong value is named under its own field, and nothing is sent.
  await form.getByLabel("Minutes (optional)").fill("0");
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(form.getByLabel("Minutes (optional)")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByRole("alert")).toBeVisible();

  await form.getByLabel("Minutes (optional)").fill("45");
  await form.getByLabel("RPE (optional)").selectOption("6");
  await form.getByLabel("Date").fill(wednesday);
  const saved = page.waitForResponse(
    (r) => r.url().includes("/api/v1/plans/items/") && r.request().method() === "PATCH",
  );
  await form.getByRole("button", { name: "Save changes" }).click();
  const response = await saved;
  expect(response.status()).toBe(200);
  const { planned_session: plan } = (await response.json()) as { planned_session: { id: string } };
  await expect(dialog).toBeHidden();

  await page.goto(`/calendar?month=${wednesday.slice(0, 7)}`);
  const moved = page.getByRole("list", { name: "Planned sessions" }).getByRole("listitem").filter({ hasText: reps });
  await expect(moved).toContainText("Tempo · 45 min · RPE 6");
  await expect(moved).toContainText(formatDate(wednesday, { timeZone: ATHLETE_ZONE }));

  const headers = { origin: new URL(page.url()).origin };
  expect((await page.request.delete(`/api/v1/plans/items/${plan.id}`, { headers })).status()).toBe(204);
});

test("a coach edits a plan from the week grid; the athlete's own plans there have no Edit", async ({ page }) => {
  test.setTimeout(90_000);
  const { monday, wednesday } = nextWeek();
  const reps = `e2e coach edit ${Date.now()}`;

  await signIn(page, DEMO_COACH_EMAIL);
  await page.goto(`/coach/plan?week=${monday}`);
  const create = page.getByRole("form", { name: "Plan a session" });
  await create.getByLabel("For").selectOption({ label: ATHLETE_NAME });
  await create.getByLabel("Date").fill(monday);
  await create.getByLabel("Type").selectOption({ label: "Tempo" });
  await create.getByLabel("Reps (optional)").fill(reps);
  const created = page.waitForResponse((r) => r.url().endsWith("/api/v1/plans") && r.request().method() === "POST");
  await create.getByRole("button", { name: "Plan session" }).click();
  const { planned_sessions: plans } = (await (await created).json()) as { planned_sessions: { id: string }[] };
  expect(plans).toHaveLength(1);

  const mondayCell = page.getByRole("list", { name: `${ATHLETE_NAME}, ${formatDate(monday)}` });
  await mondayCell
    .getByRole("listitem")
    .filter({ hasText: reps })
    .getByRole("button", { name: `Edit ${ATHLETE_NAME}: Tempo on ${formatDate(monday)}` })
    .click();
  const form = page.getByRole("dialog", { name: "Edit planned session" }).getByRole("form");
  await expect(form.getByLabel("Reps (optional)")).toHaveValue(reps);
  await form.getByLabel("Date").fill(wednesday);
  await form.getByLabel("Minutes (optional)").fill("50");
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("dialog", { name: "Edit planned session" })).toBeHidden();

  const wednesdayCell = page.getByRole("list", { name: `${ATHLETE_NAME}, ${formatDate(wednesday)}` });
  await expect(wednesdayCell.getByRole("listitem").filter({ hasText: reps })).toContainText("Tempo · 50 min");
  await expect(mondayCell.getByRole("listitem").filter({ hasText: reps })).toHaveCount(0);
  // Only whoever planned a session may change it: nothing the athletes planned themselves has an Edit button.
  const grid = page.getByRole("region", { name: /^Squad plan, / });
  for (const own of await grid.getByRole("listitem").filter({ hasText: "Their own plan" }).all()) {
    await expect(own.getByRole("button", { name: /^Edit / })).toHaveCount(0);
  }

  const headers = { origin: new URL(page.url()).origin };
  expect((await page.request.delete(`/api/v1/plans/items/${plans[0]!.id}`, { headers })).status()).toBe(204);
});
