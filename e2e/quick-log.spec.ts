import type { Locator, Page, Request } from "@playwright/test";
import { expect, signIn, test } from "./support";

const ATHLETE = "leo@aria.example";
const OFFLINE_MESSAGE = "No signal — saved on this phone, it will be sent when you're back online.";

async function pick(group: Locator, name: string): Promise<void> {
  await group.getByRole("radio", { name, exact: true }).check();
}

/** The quick log on /log, emptied of the sets today's prescription filled in. */
async function openQuickLog(page: Page): Promise<Locator> {
  await page.goto("/log");
  await expect(page.getByRole("heading", { name: "Log a session", level: 1 })).toBeVisible();
  const form = page.getByRole("form", { name: "Log a session" });
  const remove = form.getByRole("button", { name: /^Remove set/ });
  while ((await remove.count()) > 0) await remove.first().click();
  return form;
}

async function fillSession(form: Locator, note: string): Promise<void> {
  await pick(form.getByRole("radiogroup", { name: "Type" }), "Acceleration");
  await form.getByLabel("Duration (min)").fill("45");
  await pick(form.getByRole("radiogroup", { name: "RPE" }), "7");
  await form.getByLabel("Notes").fill(note);
}

/** The signed-in athlete's sessions with this note, as the API lists them. */
async function sessionsNoted(page: Page, note: string): Promise<{ notes: string; reps: unknown }[]> {
  const response = await page.request.get("/api/v1/sessions?limit=500");
  expect(response.ok()).toBe(true);
  const { sessions } = (await response.json()) as { sessions: { notes: string | null; reps: unknown }[] };
  return sessions.filter((session): session is { notes: string; reps: unknown } => session.notes === note);
}

test("a session with a set of 4 × 30 m and its times is logged from /log and listed with its reps", async ({
  page,
}) => {
  const note = `e2e quick log ${Date.now()}`;
  await signIn(page, ATHLETE);
  const form = await openQuickLog(page);
  await fillSession(form, note);

  await form.getByRole("button", { name: "Add a set" }).click();
  await expect(form.getByLabel("Reps in set 1")).toBeFocused();
  await form.getByLabel("Reps in set 1").fill("4");
  await form.getByLabel("Distance (m) in set 1").fill("30");
  const times = ["4.12", "4.05", "4.10", "4.08"];
  for (const [rep, time] of times.entries()) {
    await form.getByLabel(`Set 1, Rep ${rep + 1} time in seconds`, { exact: true }).fill(time);
  }
  // Enter in a box saves, as on a phone's keyboard.
  await form.getByLabel("Set 1, Rep 4 time in seconds", { exact: true }).press("Enter");

  const status = form.getByRole("status");
  await expect(status).toHaveText("Logged: 45 min acceleration, RPE 7, 4 × 30 m.");
  await expect(status).toBeFocused();
  expect(await sessionsNoted(page, note)).toEqual([
    expect.objectContaining({
      reps: [expect.objectContaining({ reps: 4, distance_m: 30, times_s: [4.12, 4.05, 4.1, 4.08] })],
    }),
  ]);

  await page.getByRole("link", { name: "All sessions" }).click();
  // A client-side navigation: the first one compiles the page on a dev server.
  await expect(page.getByRole("heading", { name: "Sessions", level: 1 })).toBeVisible({ timeout: 15_000 });
  const row = page.getByRole("listitem").filter({ hasText: note });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("45 min · RPE 7");
  await expect(row).toContainText("4 × 30 m: 4.12, 4.05, 4.10, 4.08 s");
});

test("a bad rep time is explained beside its box", async ({ page }) => {
  await signIn(page, ATHLETE);
  const form = await openQuickLog(page);
  await fillSession(form, `e2e bad time ${Date.now()}`);
  await form.getByRole("button", { name: "Add a set" }).click();
  await form.getByLabel("Reps in set 1").fill("2");
  await form.getByLabel("Distance (m) in set 1").fill("30");
  await form.getByLabel("Set 1, Rep 2 time in seconds", { exact: true }).fill("1.5");
  await form.getByRole("button", { name: "Log session" }).click();

  const box = form.getByLabel("Set 1, Rep 2 time in seconds", { exact: true });
  await expect(box).toHaveAttribute("aria-invalid", "true");
  await expect(box).toBeFocused();
  await expect(form.getByText(/^Rep 2 must be at least 2\.31 s/)).toBeVisible();
  await expect(form.getByLabel("Set 1, Rep 1 time in seconds", { exact: true })).not.toHaveAttribute(
    "aria-invalid",
    "true",
  );
});

test("a session logged without signal waits on the phone and is sent exactly once when the signal returns", async ({
  page,
  context,
}) => {
  const note = `e2e offline ${Date.now()}`;
  const posts: Request[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST" && new URL(request.url()).pathname === "/api/v1/sessions") posts.push(request);
  });
  await signIn(page, ATHLETE);
  const form = await openQuickLog(page);
  await fillSession(form, note);

  await context.setOffline(true);
  await form.getByRole("button", { name: "Log session" }).click();
  await expect(form.getByRole("status")).toHaveText(OFFLINE_MESSAGE);
  await expect(form.getByRole("status")).toBeFocused();
  const kept = page.getByRole("region", { name: "On this phone" }).getByRole("listitem");
  await expect(kept).toHaveCount(1);
  await expect(kept).toContainText("45 min acceleration, RPE 7");
  await expect(kept).toContainText("Waiting to send");

  await context.setOffline(false);
  // Two more `online` events at once, as a flaky connection gives: one flush runs, the session is sent once.
  await page.evaluate(() => {
    window.dispatchEvent(new Event("online"));
    window.dispatchEvent(new Event("online"));
  });
  await expect(page.getByText("Waiting to send")).toHaveCount(0);
  await expect(page.getByRole("region", { name: "On this phone" })).toHaveCount(0);

  // A page load flushes again: nothing is left to send.
  await page.goto("/sessions");
  await expect(page.getByRole("listitem").filter({ hasText: note })).toHaveCount(1);
  expect(await sessionsNoted(page, note)).toHaveLength(1);
  expect(posts).toHaveLength(1);
  expect(await posts[0]!.headerValue("idempotency-key")).toMatch(/^[0-9a-f-]{36}$/);
});
