import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";

/**
 * Screenshots of pages at phone (390 px) and desktop widths, to look at what we build:
 *   tsx scripts/screenshots.ts http://127.0.0.1:3000 / /sign-in
 * A name from PAGE_SETS stands for its pages: `tsx scripts/screenshots.ts http://127.0.0.1:3000 @sprint`.
 * Optional: SCREENSHOT_EMAIL and SCREENSHOT_PASSWORD sign in first; SCREENSHOT_THEME=dark for dark mode.
 */

/** Pages looked at together, by the role that sees them (sign in as an athlete or a coach to match). */
const PAGE_SETS: Record<string, string[]> = {
  // PRODUCT 4.9: the athlete's Sprint profile under Progress, and the link to it.
  "@sprint": ["/progress", "/progress/sprint"],
  "@coach-sprint": ["/coach/sprint"],
};

const [baseUrl = "http://127.0.0.1:3000", ...args] = process.argv.slice(2);
const paths = args.flatMap((arg) => PAGE_SETS[arg] ?? [arg]);
const outDir = path.resolve(".data/screenshots");
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
});
const theme = process.env.SCREENSHOT_THEME === "dark" ? "dark" : "light";
try {
  for (const [label, viewport] of [
    ["phone", { width: 390, height: 844 }],
    ["desktop", { width: 1280, height: 900 }],
  ] as const) {
    const context = await browser.newContext({ viewport, colorScheme: theme, baseURL: baseUrl });
    const page = await context.newPage();
    if (process.env.SCREENSHOT_EMAIL && process.env.SCREENSHOT_PASSWORD) {
      await page.goto("/sign-in");
      await page.getByLabel("Email").fill(process.env.SCREENSHOT_EMAIL);
      await page.getByLabel("Password").fill(process.env.SCREENSHOT_PASSWORD);
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
    }
    for (const pagePath of paths.length > 0 ? paths : ["/"]) {
      await page.goto(pagePath, { waitUntil: "networkidle" });
      const name = `${pagePath.replace(/[^a-z0-9]+/gi, "_").replace(/^_|_$/g, "") || "home"}-${label}-${theme}.png`;
      await page.screenshot({ path: path.join(outDir, name), fullPage: true });
      console.log(path.join(outDir, name));
    }
    await context.close();
  }
} finally {
  await browser.close();
}
