import { NAV, TAB_COUNT } from "@/components/shell/nav";
import { DEMO_COACH_EMAIL } from "@/lib/seed/demo-accounts";
import { expect, signIn, test } from "./support";

/**
 * The signed-in frame: a bottom tab bar on phones, the sidebar on wide screens, a skip link, and real 404s. A test
 * tagged @phone or @desktop runs only in that project (playwright.config.ts).
 */

const TABS = NAV.athlete.slice(0, TAB_COUNT.athlete);
const MORE = NAV.athlete.slice(TAB_COUNT.athlete);

test("on a phone every athlete page has the tab bar with its section marked", { tag: "@phone" }, async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, "leo@aria.example");
  const bar = page.getByRole("navigation", { name: "Sections" });
  for (const item of NAV.athlete) {
    await page.goto(item.href);
    await expect(bar).toBeVisible();
    const current = bar.locator('[aria-current="page"]');
    await expect(current).toHaveCount(1);
    await expect(current).toHaveText(TABS.some((tab) => tab.href === item.href) ? item.label : "More");
    // Every target is at least 44 px high (WCAG 2.5.8 asks 24; Apple and Google ask 44–48).
    const box = await current.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
  }
});

test("More opens a sheet with every other section, and one tap goes there", { tag: "@phone" }, async ({ page }) => {
  await signIn(page, "leo@aria.example");
  await page.getByRole("button", { name: "More", exact: true }).click();
  const sheet = page.getByRole("dialog", { name: "More" });
  await expect(sheet).toBeVisible();
  for (const item of MORE) await expect(sheet.getByRole("link", { name: item.label, exact: true })).toBeVisible();
  await sheet.getByRole("link", { name: "Injuries", exact: true }).click();
  await expect(page).toHaveURL(/\/injuries$/);
  await expect(sheet).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Sections" }).locator('[aria-current="page"]')).toHaveText("More");
});

test("on a wide screen the sidebar lists every section and the tab bar is hidden", { tag: "@desktop" }, async ({
  page,
}) => {
  await signIn(page, "leo@aria.example");
  const sidebar = page.getByRole("navigation", { name: "Main" });
  for (const item of NAV.athlete)
    await expect(sidebar.getByRole("link", { name: item.label, exact: true })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Sections" })).toBeHidden();
});

test("the coach's tab bar holds the roster, the squad view and the plan", { tag: "@phone" }, async ({ page }) => {
  await signIn(page, DEMO_COACH_EMAIL);
  const bar = page.getByRole("navigation", { name: "Sections" });
  await expect(bar.getByRole("link", { name: "Roster" })).toHaveAttribute("aria-current", "page");
  await bar.getByRole("link", { name: "Squad view" }).click();
  await expect(bar.getByRole("link", { name: "Squad view" })).toHaveAttribute("aria-current", "page");
  await bar.getByRole("link", { name: "Plan", exact: true }).click();
  await expect(bar.getByRole("link", { name: "Plan", exact: true })).toHaveAttribute("aria-current", "page");
});

test("the first Tab reaches a skip link that moves focus to the page", async ({ page }) => {
  await signIn(page, "leo@aria.example");
  await page.goto("/goals");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#main")).toBeFocused();
});

test("unknown pages answer 404 with a way back, signed out and signed in", async ({ page }) => {
  const outside = await page.goto("/no-such-page");
  expect(outside?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "That page isn't on the track" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Back to Aria" })).toBeVisible();

  await signIn(page, "leo@aria.example");
  for (const path of ["/drills/no-such-drill", "/mental/no-such-exercise"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("link", { name: "Back to Today" })).toBeVisible();
  }
});

test("a coach's unknown athlete is a 404 inside the coach's frame", async ({ page }) => {
  await signIn(page, DEMO_COACH_EMAIL);
  const response = await page.goto("/coach/athletes/00000000-0000-4000-8000-000000000000");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("link", { name: "Back to the roster" })).toBeVisible();
});
