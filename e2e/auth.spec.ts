import { expect, signIn, signOut, test, uniqueEmail } from "./support";

test("an athlete signs up, lands on the dashboard, and signs out", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("An athlete").check();
  await page.getByLabel("Name").fill("Tess Newcomer");
  await page.getByLabel("Email").fill(uniqueEmail("signup"));
  await page.getByLabel("Password").fill("fast-start-2026");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Tess");
  await expect(page.getByText("Aria noticed")).toBeVisible();
  // A brand-new account gets a welcome and its first steps, never a warning (PRODUCT 4.1).
  const steps = page.getByRole("list", { name: "First steps" });
  await expect(steps.getByRole("listitem")).toHaveCount(4);
  await expect(steps).toContainText("Log a first session");
  await expect(page.locator("[data-suggestion-type]")).toHaveCount(0);
  await signOut(page);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("sign-up names the field that is wrong", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Short Password");
  await page.getByLabel("Email").fill(uniqueEmail("short"));
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("must be at least 8 characters")).toBeVisible();
  await expect(page).toHaveURL(/\/sign-up$/);
});

test("a wrong password is refused with a clear message", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("coach@aria.example");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "do not match an account" })).toBeVisible();
});

test("the demo coach signs in and sees the squad in triage order", async ({ page }) => {
  await signIn(page, "coach@aria.example");
  await expect(page).toHaveURL(/\/coach$/);
  await expect(page.getByRole("heading", { name: "Your squad" })).toBeVisible();
  const athletes = page.getByRole("list", { name: "Athletes in triage order" }).locator(":scope > li");
  // Other specs may add athletes to this squad; the demo six are always there, Jordan's critical warning first.
  for (const name of ["Jordan Reyes", "Amara Chen", "Leo Martins", "Sofia Alvarez", "Marcus Bell", "Priya Nair"]) {
    await expect(athletes.filter({ hasText: name })).toHaveCount(1);
  }
  await expect(athletes.first()).toContainText("Jordan Reyes");
  await expect(athletes.first()).toContainText("Critical");
});

test("a demo athlete's dashboard shows what Aria noticed", async ({ page }) => {
  await signIn(page, "jordan@aria.example");
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.locator('[data-suggestion-type="injury_warning"]')).toBeVisible();
  await expect(page.locator('[data-suggestion-type="pain_high"]')).toBeVisible();
});

test("signed-out visits to private pages go to sign-in, and roles stay in their own area", async ({ page }) => {
  for (const path of ["/dashboard", "/coach", "/settings"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/sign-in/);
  }
  await signIn(page, "leo@aria.example");
  await page.goto("/coach");
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("the demo logins sign in with one tap", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Try the demo as Priya Nair" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Priya");
});

test("production responses carry the security headers", async ({ request }) => {
  const response = await request.get("/");
  const headers = response.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["strict-transport-security"]).toContain("max-age=");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-content-type-options"]).toBe("nosniff");
});
