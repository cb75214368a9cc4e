import type { Page } from "@playwright/test";
import { formatDate, todayIn } from "@/lib/core/dates";
import { DEMO_COACH_EMAIL } from "@/lib/seed/demo-accounts";
import { expect, signIn, signOut, test } from "./support";

/** PRODUCT 4.10: the coach plans for the squad, the athlete sees it on the dashboard and logging it marks it done. */

const ATHLETE = "leo@aria.example";
// Leo trains in Lisbon (lib/seed/athletes/leo.ts): the plan is for his today, whatever the runner's zone or weekday.
const ATHLETE_ZONE = "Europe/Lisbon";

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
  await expect(card).toContainText(/\d+ of \d+ planned sessions? done this week/);
  await signOut(page);

  // Leave the squad's today as it was for other specs: the coach removes the plans.
  await signIn(page, DEMO_COACH_EMAIL);
  // A cookie-authenticated write must come from the app's own origin, as the page's own fetches do.
  const headers = { origin: new URL(page.url()).origin };
  for (const plan of plans) {
    expect((await page.request.delete(`/api/v1/plans/items/${plan.id}`, { headers })).status()).toBe(204);
  }
});
