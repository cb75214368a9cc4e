import { expect, signIn, signUpAthlete, test } from "./support";

test("dismissing a suggestion survives a reload", async ({ page }, testInfo) => {
  // Each project dismisses a different one of Sofia's suggestions, so the two runs never depend on each other.
  const type = testInfo.project.name === "phone" ? "pain_improving" : "monotony_high";
  await signIn(page, "sofia@aria.example");
  const card = page.locator(`[data-suggestion-type="${type}"]`);
  await expect(card).toBeVisible();
  await card.getByRole("button", { name: /^Dismiss/ }).click();
  await expect(card).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("heading", { name: "Aria noticed" })).toBeVisible();
  await expect(page.locator(`[data-suggestion-type="${type}"]`)).toHaveCount(0);
});

test("each suggestion explains why, and the load chart shows the sweet-spot band", async ({ page }) => {
  await signIn(page, "amara@aria.example");
  const card = page.locator('[data-suggestion-type="overtraining"]');
  await card.getByText("Why?").click();
  await expect(card.locator("dl")).toBeVisible();
  await expect(page.getByRole("figure", { name: /Training load/ })).toBeVisible();
  await expect(page.getByText("0.8–1.3 sweet spot", { exact: false })).toBeVisible();
});

test("the dashboard opens with today's verdict: rest for Jordan's painful hamstring", async ({ page }) => {
  await signIn(page, "jordan@aria.example");
  const today = page.getByRole("region", { name: "Today" });
  await expect(today.locator('[data-verdict="rest"]')).toHaveText("Rest");
  await expect(today.getByRole("list", { name: "Why" })).toContainText("hamstring");
  await expect(today.getByRole("button", { name: "Log it as done" })).toHaveCount(0);
});

test("a go day's session is logged as done in one tap, and is not offered again", async ({ page }) => {
  // A new athlete: nothing logged today, whatever day the demo data was made for.
  await signUpAthlete(page, "Tia Today");
  const today = page.getByRole("region", { name: "Today" });
  await expect(today.locator('[data-verdict="go"]')).toBeVisible();
  await today.getByRole("button", { name: "Log it as done" }).click();
  // The page refreshes after the log, and the card then says what was logged (the "Logged" note may be gone by then).
  await expect(today.getByText(/^Done today: \d+ min of /)).toBeVisible();
  await page.reload();
  await expect(today.getByText(/^Done today: \d+ min of /)).toBeVisible();
  await expect(today.getByRole("button", { name: "Log it as done" })).toHaveCount(0);
});

test("a critical warning says what ends it instead of offering a Dismiss", async ({ page }) => {
  await signIn(page, "jordan@aria.example");
  const card = page.locator('[data-suggestion-type="injury_warning"]');
  await expect(card).toBeVisible();
  await expect(card).toContainText("Ends when the injury is marked recovering or resolved");
  await expect(card.getByRole("link", { name: "Update your injury" })).toHaveAttribute("href", "/injuries");
  await expect(card.getByRole("button", { name: /^Dismiss/ })).toHaveCount(0);
});

test("the status page says in words when the scheduled analyses last ran", async ({ page }) => {
  await page.goto("/status");
  await expect(page.getByText(/Suggestions/).first()).toBeVisible();
  await expect(page.getByText(/every 6 hours/i).first()).toBeVisible();
  await expect(page.getByText(/\d+ \*|\*\/6/)).toHaveCount(0);
});
