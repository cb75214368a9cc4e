import type { Page } from "@playwright/test";
import { expect, signIn, test } from "./support";

async function addMark(page: Page, metric: string, value: string, wind: string) {
  const form = page.getByRole("form", { name: "Add a time trial" });
  await form.getByLabel("Event or metric").selectOption(metric);
  await form.getByLabel("Time (s)").fill(value);
  await form.getByLabel("FAT").check();
  await form.getByLabel("Wind (m/s)").fill(wind);
  await form.getByRole("button", { name: "Add time trial" }).click();
}

test("a faster legal time trial becomes the PB, a wind-aided one does not", async ({ page }, testInfo) => {
  // Each project owns one event, so the two runs never race for the same personal best.
  const metric = testInfo.project.name === "phone" ? "200m" : "100m";
  const label = metric === "200m" ? "200 m" : "100 m";
  await signIn(page, "marcus@aria.example");
  await page.goto("/progress");
  await expect(page.getByRole("heading", { level: 1, name: "Progress" })).toBeVisible();

  const card = page.getByRole("article", { name: `${label} personal best` });
  const status = page.getByRole("form", { name: "Add a time trial" }).getByRole("status");
  if ((await card.count()) === 0) {
    await addMark(page, metric, metric === "200m" ? "22.40" : "11.00", "0");
    await expect(status).toContainText("New personal best");
    await expect(card).toBeVisible();
  }
  const current = Number.parseFloat((await card.getByTestId("pb-value").innerText()).trim());
  expect(current).toBeGreaterThan(0);

  const faster = (current - 0.05).toFixed(2);
  await addMark(page, metric, faster, "1.0");
  await expect(status).toContainText("New personal best");
  await expect(card.getByTestId("pb-value")).toHaveText(`${faster} s`);

  const aided = (current - 0.2).toFixed(2);
  await addMark(page, metric, aided, "2.5");
  await expect(status).toContainText("wind-aided +2.5 m/s");
  await expect(card.getByTestId("pb-value")).toHaveText(`${faster} s`);

  const chart = page.getByRole("region", { name: label, exact: true });
  await chart.getByText(new RegExp(`All \\d+ ${label} marks`)).click();
  const aidedMark = chart.getByRole("listitem").filter({ hasText: `${aided} s` });
  await expect(aidedMark).toContainText("wind-aided — not a PB");
});

test("logging pain shows it as the latest, with its zone", async ({ page }, testInfo) => {
  const level = testInfo.project.name === "phone" ? 6 : 4;
  await signIn(page, "marcus@aria.example");
  await page.goto("/injuries");
  const current = page.getByRole("region", { name: "Active and recovering" });
  if ((await current.getByRole("listitem").count()) === 0) {
    const form = page.getByRole("form", { name: "Report an injury" });
    await form.getByLabel("Body part").fill("hamstring");
    await form.getByLabel("Side").selectOption("right");
    await form.getByLabel("Severity").selectOption("mild");
    await form.getByRole("button", { name: "Report injury" }).click();
    await expect(current.getByRole("listitem", { name: "right hamstring" })).toBeVisible();
  }
  const injury = current.getByRole("listitem").first();
  const pain = injury.getByRole("button", { name: `Pain ${level} of 10` });
  await pain.click();
  await expect(pain).toHaveAttribute("aria-pressed", "true");
  await injury.getByRole("button", { name: "Log pain" }).click();
  await expect(injury.getByRole("status")).toContainText(`Pain ${level}/10 logged`);
  await expect(injury.getByTestId("latest-pain")).toContainText(`Latest pain ${level}/10`);
  await expect(injury.getByTestId("latest-pain")).toContainText(level > 5 ? "too high" : "acceptable");
});

test("the drills library finds a drill and shows its numbered steps", async ({ page }) => {
  await signIn(page, "marcus@aria.example");
  await page.goto("/drills");
  await page.getByLabel("Search", { exact: true }).fill("skip");
  await page.getByRole("button", { name: "Search drills" }).click();
  await expect(page).toHaveURL(/q=skip/);
  const results = page.getByRole("region", { name: /match/ });
  await expect(results.getByRole("link").first()).toBeVisible();
  await results.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/drills\/[a-z0-9-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const steps = page.getByRole("list", { name: "Instructions" }).getByRole("listitem");
  expect(await steps.count()).toBeGreaterThan(1);
});
