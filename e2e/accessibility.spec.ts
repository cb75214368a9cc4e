import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { NAV } from "@/components/shell/nav";
import { DRILLS } from "@/lib/content/catalog/drills";
import { MENTAL_EXERCISES } from "@/lib/content/catalog/mental-exercises";
import { DEMO_COACH_EMAIL } from "@/lib/seed/demo-accounts";
import { expect, signIn, test } from "./support";

/**
 * axe on every page, in both themes: no serious or critical violation (WCAG 2.2 AA rules). The page list comes
 * from the navigation itself, so a new section is covered the day it appears in the menu.
 */

const THEMES = ["light", "dark"] as const;
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

const PUBLIC_PAGES = ["/", "/sign-in", "/sign-up", "/status", "/no-such-page"];
const ATHLETE_PAGES = [
  ...NAV.athlete.map((item) => item.href),
  "/progress/sprint",
  `/drills/${DRILLS[0]?.slug}`,
  `/mental/${MENTAL_EXERCISES[0]?.slug}`,
  "/drills/no-such-drill",
];
const COACH_PAGES = NAV.coach.map((item) => item.href);

interface PageReport {
  path: string;
  violations: string[];
}

async function audit(page: Page, paths: readonly string[]): Promise<PageReport[]> {
  const reports: PageReport[] = [];
  for (const path of paths) {
    await page.goto(path);
    const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    const violations = result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(" ")} — ${v.nodes[0]?.failureSummary}`);
    reports.push({ path, violations });
  }
  return reports;
}

function failures(reports: PageReport[]): PageReport[] {
  return reports.filter((r) => r.violations.length > 0);
}

async function useTheme(page: Page, theme: (typeof THEMES)[number]): Promise<void> {
  await page.addInitScript((t) => localStorage.setItem("aria-theme", t), theme);
}

for (const theme of THEMES) {
  test(`public pages have no serious axe violation (${theme})`, async ({ page }) => {
    await useTheme(page, theme);
    expect(failures(await audit(page, PUBLIC_PAGES))).toEqual([]);
  });

  test(`athlete pages have no serious axe violation (${theme})`, async ({ page }) => {
    test.setTimeout(120_000);
    await useTheme(page, theme);
    await signIn(page, "marcus@aria.example");
    expect(failures(await audit(page, ATHLETE_PAGES))).toEqual([]);
  });

  test(`coach pages have no serious axe violation (${theme})`, async ({ page }) => {
    test.setTimeout(90_000);
    await useTheme(page, theme);
    await signIn(page, DEMO_COACH_EMAIL);
    await page.goto("/coach");
    const firstAthlete = await page.locator('a[href^="/coach/athletes/"]').first().getAttribute("href");
    expect(firstAthlete).not.toBeNull();
    expect(failures(await audit(page, [...COACH_PAGES, firstAthlete ?? "/coach"]))).toEqual([]);
  });
}
