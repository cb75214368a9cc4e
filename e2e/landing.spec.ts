import { expect, test } from "./support";

test("the landing page says what Aria does for sprinters and coaches", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Run faster.");
  await expect(page.getByRole("heading", { name: "For athletes" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "For coaches" })).toBeVisible();
  await expect(page.getByText(/\d+ drills, \d+ mental exercises/)).toBeVisible();
});

test("the theme toggle switches to dark mode and remembers it", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  await page.getByRole("button", { name: "Switch to dark mode" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.getByRole("button", { name: "Switch to light mode" })).toBeVisible();
});

test("health reports the embedded database, KV store and model", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body).toMatchObject({
    status: "ok",
    db: { status: "ok", driver: "pglite" },
    kv: { status: "ok", backend: "memory" },
    model: { status: "ok", provider: "aria-local" },
  });
  expect(response.headers()["x-request-id"]).toBeTruthy();
});

test("nothing on the landing page overflows the viewport sideways", async ({ page }) => {
  await page.goto("/");
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
});
