import { createHash } from "node:crypto";
import { test as base, expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "@/lib/seed/demo-accounts";

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

export async function signOut(page: Page): Promise<void> {
  // On a phone, signing out sits in the "More" sheet of the tab bar.
  const more = page.getByRole("button", { name: "More", exact: true });
  if (await more.isVisible()) await more.click();
  await page.getByRole("button", { name: "Sign out", exact: true }).filter({ visible: true }).first().click();
  await expect(page).toHaveURL(/\/$/);
}

/** An e-mail no other test or run uses. */
export function uniqueEmail(label: string): string {
  return `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@e2e.example`;
}

/** A new athlete, signed in on their empty dashboard: a page that starts empty whatever the demo data holds. */
export async function signUpAthlete(page: Page, name: string, label = "athlete"): Promise<void> {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(uniqueEmail(label));
  await page.getByLabel("Password").fill("sprints-2026");
  await page.getByRole("button", { name: "Create account" }).click();
  // Hashing the password takes a moment on a slow runner.
  await expect(page).toHaveURL(/\/dashboard$/, { timeout: 15_000 });
}

/**
 * Each test is its own client: behind Vercel's proxy every request carries the caller's address, and the abuse
 * limits count per address, so one test's sign-ups never use up another's allowance.
 */
export const test = base.extend({
  /**
   * A tap or keystroke that lands before React has hydrated the page is lost (the button has no handler yet, the
   * input's state never hears of it), so every `page.goto` waits for the network to settle: the page's scripts
   * have loaded and run. Navigations by clicking links are client-side and need no wait.
   */
  page: async ({ page }, use) => {
    const goto = page.goto.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      await page.waitForLoadState("networkidle");
      return response;
    };
    await use(page);
  },
  extraHTTPHeaders: async ({ extraHTTPHeaders }, use, testInfo) => {
    const [a = 0, b = 0, c = 0] = createHash("sha256")
      .update(`${testInfo.testId}:${testInfo.retry}:${Date.now()}`)
      .digest();
    await use({ ...extraHTTPHeaders, "x-forwarded-for": `10.${a}.${b}.${c}` });
  },
});

export { expect };
