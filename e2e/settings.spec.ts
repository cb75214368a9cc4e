import { DEMO_COACH_EMAIL } from "@/lib/seed/demo-accounts";
import { expect, signIn, signOut, test } from "./support";

const ATHLETE_EMAIL = "leo@aria.example";

test("an athlete's time zone and years of training are saved, and a bad value shows its field error", async ({
  page,
}, testInfo) => {
  await signIn(page, ATHLETE_EMAIL);
  await page.goto("/settings");
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();

  const timeZone = page.getByLabel("Time zone");
  const years = page.getByLabel("Years of sprint training");
  const original = { timezone: await timeZone.inputValue(), years: await years.inputValue() };
  const wanted =
    testInfo.project.name === "phone"
      ? { timezone: "Asia/Tokyo", years: "4.5" }
      : { timezone: "America/Chicago", years: "3.5" };

  try {
    await timeZone.selectOption(wanted.timezone);
    await years.fill(wanted.years);
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();

    await page.reload();
    await expect(page.getByLabel("Time zone")).toHaveValue(wanted.timezone);
    await expect(page.getByLabel("Years of sprint training")).toHaveValue(wanted.years);

    await page.getByLabel("Years of sprint training").fill("99");
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "need a second look" })).toBeVisible();
    await expect(page.getByLabel("Years of sprint training")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Years of sprint training")).toHaveAccessibleDescription(/from 0 to 80/i);
    await expect(page.getByRole("status").filter({ hasText: "Saved" })).toHaveCount(0);
  } finally {
    // Leo is shared demo data that other specs read: put him back as he was.
    const restored = await page.request.put("/api/v1/me/profile", {
      // A cookie-authenticated write must come from the app's own origin, as the page's own fetches do.
      headers: { origin: new URL(page.url()).origin },
      data: {
        timezone: original.timezone,
        ...(original.years === "" ? {} : { experience_years: Number(original.years) }),
      },
    });
    expect(restored.status()).toBe(200);
  }
});

test("an API token is shown once, works as a bearer token, and stops working when revoked", async ({
  page,
  request,
}, testInfo) => {
  await signIn(page, ATHLETE_EMAIL);
  await page.goto("/settings");
  const name = `e2e ${testInfo.project.name} ${Date.now()}`;

  await page.getByLabel("Token name").fill(name);
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByText(/won’t be shown again/)).toBeVisible();
  const token = (await page.getByText(/^aria_[A-Za-z0-9_-]{20,}$/).textContent())?.trim() ?? "";
  expect(token).toMatch(/^aria_/);

  const bearer = { headers: { Authorization: `Bearer ${token}` } };
  const me = await request.get("/api/v1/me", bearer);
  expect(me.status()).toBe(200);
  expect((await me.json()).user.email).toBe(ATHLETE_EMAIL);

  await page.getByRole("button", { name: `Revoke token ${name}` }).click();
  await expect(page.getByRole("button", { name: `Revoke token ${name}` })).toHaveCount(0);
  await expect(page.getByText(token)).toHaveCount(0);
  await expect.poll(async () => (await request.get("/api/v1/me", bearer)).status()).toBe(401);

  await page.reload();
  await expect(page.getByText(name)).toHaveCount(0);
});

test("an athlete joins the demo coach's squad with an invite code the coach created", async ({ page }, testInfo) => {
  await signIn(page, DEMO_COACH_EMAIL);
  await page.goto("/settings");

  const codes = page.getByRole("list", { name: "Active invite codes" }).locator("code");
  const before = await codes.allTextContents();
  await page.getByRole("button", { name: "Create invite code" }).click();
  await expect(codes).toHaveCount(before.length + 1);
  const code = (await codes.allTextContents()).find((text) => !before.includes(text))?.trim() ?? "";
  expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
  await expect(page.getByText(/expires in \d+ days?/).first()).toBeVisible();

  await signOut(page);

  await page.goto("/sign-up");
  await page.getByLabel("An athlete").check();
  await page.getByLabel("Name", { exact: true }).fill("Nia Settings");
  await page.getByLabel("Email").fill(`settings-${testInfo.project.name}-${Date.now()}@e2e.aria.example`);
  await page.getByLabel("Password").fill("fast-feet-2026");
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL("**/dashboard");

  await page.goto("/settings");
  await expect(page.getByText(/not linked to a coach yet/)).toBeVisible();
  // Typed the way people do at the track: lower case, no dash.
  await page.getByLabel("Invite code").fill(code.replace("-", "").toLowerCase());
  await page.getByRole("button", { name: "Join", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "You are now linked to Maya Okafor" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Your coaches" })).toContainText("Maya Okafor");
  await expect(page.getByRole("button", { name: "Unlink Maya Okafor" })).toBeVisible();
});

test("an athlete makes a private calendar feed link, a calendar reads it, and revoking stops it", async ({ page }) => {
  await signIn(page, "priya@aria.example");
  await page.goto("/settings");
  await page.getByRole("button", { name: /^(Create feed link|Make a new link)$/ }).click();
  const shown = page.getByRole("region", { name: "Your calendar feed link" });
  await expect(shown).toBeVisible();
  const url = ((await shown.locator("code").textContent()) ?? "").trim();
  expect(url).toMatch(/\/api\/v1\/calendar\/feed\/aria_cal_[\w-]+$/);

  const feed = await page.request.get(url);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toContain("text/calendar");
  expect(await feed.text()).toContain("BEGIN:VCALENDAR");

  await page.getByRole("button", { name: "I’ve saved it" }).click();
  await page.getByRole("button", { name: "Revoke calendar feed" }).click();
  await page.getByRole("button", { name: "Confirm revoke" }).click();
  await expect(page.getByText("No feed link yet, so no calendar can read your plan.")).toBeVisible();
  expect((await page.request.get(url)).status()).toBe(404);
});
