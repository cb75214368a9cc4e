import { randomUUID } from "node:crypto";
import { expect, signIn, test } from "./support";

test("the coach opens the athlete at the top of the queue and sees their dashboard, read-only", async ({ page }) => {
  await signIn(page, "coach@aria.example");
  const first = page.getByRole("list", { name: "Athletes in triage order" }).locator(":scope > li").first();
  await first.getByRole("link", { name: "Jordan Reyes" }).click();
  await expect(page).toHaveURL(/\/coach\/athletes\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: "Jordan Reyes" })).toBeVisible();
  await expect(page.getByText(/Read-only/)).toBeVisible();
  await expect(page.locator('[data-suggestion-type="injury_warning"]')).toBeVisible();
  await expect(page.getByRole("button", { name: /^Dismiss/ })).toHaveCount(0);
  await expect(page.getByRole("figure", { name: /Training load/ })).toBeVisible();
});

test("an athlete who is not linked has no drill-down: 404", async ({ page }) => {
  await signIn(page, "coach@aria.example");
  const response = await page.goto(`/coach/athletes/${randomUUID()}`);
  expect(response?.status()).toBe(404);
});

test("the roster offers invite codes", async ({ page }) => {
  await signIn(page, "coach@aria.example");
  await expect(page.getByRole("region", { name: "Invite athletes" })).toBeVisible();
});

test("the squad view shows each athlete's weekly load and what Aria raised", async ({ page }) => {
  await signIn(page, "coach@aria.example");
  await page.getByRole("link", { name: "Squad view" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Squad view" })).toBeVisible();
  const charts = page.getByRole("list", { name: "Weekly load per athlete" });
  for (const name of ["Jordan Reyes", "Amara Chen", "Priya Nair"]) {
    await expect(charts.getByRole("img", { name: new RegExp(`^${name}, weekly load`) })).toBeVisible();
  }
  await expect(page.getByRole("region", { name: "Raised in the last 4 weeks" })).toBeVisible();
});
