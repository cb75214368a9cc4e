import type { Locator, Page } from "@playwright/test";
import { expect, signIn, test } from "./support";

const ATHLETE = "priya@aria.example";

async function pick(group: Locator, name: string | RegExp): Promise<void> {
  await group.getByRole("radio", { name, exact: typeof name === "string" }).check();
}

async function answerCheckIn(page: Page, item: Locator): Promise<void> {
  const type = await item.getAttribute("data-check-in-type");
  if (type === "morning_motivation") {
    await pick(item.getByRole("radiogroup", { name: "Mood" }), /^4 /);
  } else if (type === "recovery_check") {
    await pick(item.getByRole("radiogroup", { name: "Soreness" }), "3");
    await item.getByRole("radio", { name: "Yes" }).check();
  } else if (type === "weekly_review") {
    await pick(item.getByRole("radiogroup", { name: "Rating" }), /^4 /);
    await item.getByLabel("Next week's focus").fill("Relaxed top speed");
  } else {
    await pick(item.getByRole("radiogroup", { name: "Pain" }), "2");
  }
  await item.getByRole("button", { name: "Send answer" }).click();
  await expect(page.getByRole("status").filter({ hasText: "your answer is saved" })).toBeVisible();
}

test("an athlete logs, edits and deletes a session", async ({ page }) => {
  const note = `e2e flys ${Date.now()}`;
  await signIn(page, ATHLETE);
  await page.goto("/sessions");
  await expect(page.getByRole("heading", { name: "Sessions", level: 1 })).toBeVisible();

  const form = page.getByRole("form", { name: "Log a session" });
  await pick(form.getByRole("radiogroup", { name: "Type" }), "Max velocity");
  await form.getByLabel("Duration (min)").fill("45");
  await pick(form.getByRole("radiogroup", { name: "RPE" }), "7");
  await expect(form.getByText("7 · very hard")).toBeVisible();
  await pick(form.getByRole("radiogroup", { name: "Mood" }), /^4 /);
  await form.getByLabel("Notes").fill(note);
  await form.getByRole("button", { name: "Log session" }).click();
  await expect(form.getByRole("status")).toContainText("Logged: 45 min max velocity, RPE 7");

  const row = page.getByRole("listitem").filter({ hasText: note });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("45 min · RPE 7");
  await expect(row).toContainText("load 315");

  await row.getByRole("button", { name: "Edit" }).click();
  const edit = page.getByRole("form", { name: "Edit session" });
  await edit.getByLabel("Duration (min)").fill("50");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(edit).toHaveCount(0);
  await expect(row).toContainText("50 min · RPE 7");
  await expect(row).toContainText("load 350");

  await row.getByRole("button", { name: "Delete" }).click();
  await row.getByRole("button", { name: "Confirm delete" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: note })).toHaveCount(0);
});

test("a bad duration is explained under its field", async ({ page }) => {
  await signIn(page, ATHLETE);
  await page.goto("/sessions");
  const form = page.getByRole("form", { name: "Log a session" });
  await pick(form.getByRole("radiogroup", { name: "Type" }), "Tempo");
  await form.getByLabel("Duration (min)").fill("900");
  await pick(form.getByRole("radiogroup", { name: "RPE" }), "4");
  await form.getByRole("button", { name: "Log session" }).click();
  await expect(form.getByLabel("Duration (min)")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByText("Must be an integer from 1 to 600")).toBeVisible();
});

test("an athlete logs wellness and sees the Hooper index", async ({ page }) => {
  await signIn(page, ATHLETE);
  await page.goto("/wellness");
  const form = page.getByRole("form", { name: "Wellness" });
  await pick(form.getByRole("radiogroup", { name: "Sleep" }), "2");
  await pick(form.getByRole("radiogroup", { name: "Stress" }), "3");
  await pick(form.getByRole("radiogroup", { name: "Fatigue" }), "4");
  await pick(form.getByRole("radiogroup", { name: "Soreness" }), "6");
  await expect(form.getByRole("status", { name: "Hooper index" })).toHaveText("15");
  await expect(form.getByText(/Above 12/)).toBeVisible();
  await pick(form.getByRole("radiogroup", { name: "Soreness" }), "2");
  await expect(form.getByRole("status", { name: "Hooper index" })).toHaveText("11");
  await form.getByRole("button", { name: "Save wellness" }).click();
  await expect(form.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Wellness by day" }).getByRole("listitem").first()).toContainText(
    "sleep 2 · stress 3 · fatigue 4 · soreness 2",
  );
});

test("an athlete adds a calendar event and deletes it", async ({ page }) => {
  const title = `E2E open ${Date.now()}`;
  await signIn(page, ATHLETE);
  await page.goto("/calendar");
  await expect(page.getByRole("table")).toBeVisible();
  const form = page.getByRole("form", { name: "Add event" });
  await form.getByLabel("Title").fill(title);
  await form.getByLabel("Type").selectOption("competition");
  await form.getByLabel("Location (optional)").fill("Lee Valley");
  await form.getByRole("button", { name: "Add event" }).click();
  await expect(form.getByRole("status")).toContainText(title);

  const upcoming = page.getByRole("region", { name: "Upcoming" });
  const item = upcoming.getByRole("listitem", { name: title });
  await expect(item).toContainText("Lee Valley");
  await expect(page.getByRole("table").getByText(title)).toBeVisible();

  await item.getByRole("button", { name: `Delete ${title}` }).click();
  await item.getByRole("button", { name: "Confirm delete" }).click();
  await expect(upcoming.getByRole("listitem", { name: title })).toHaveCount(0);
});

test("an athlete answers a due check-in and it leaves the list", async ({ page }, testInfo) => {
  await signIn(page, ATHLETE);
  // An earlier day's check-ins are certainly due (they stay due for a week), whatever the hour of the run. Each
  // project takes its own day, so that the second run never finds the first one's answer.
  const daysAgo = testInfo.project.name === "phone" ? 2 : 1;
  const day = new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
  const scheduled = await page.request.post(`/api/v1/ai/checkins/schedule/me?as_of=${day}`, {
    // A cookie-authenticated write must come from the app's own origin, as the page's own fetches do.
    headers: { origin: new URL(page.url()).origin },
  });
  expect(scheduled.ok()).toBe(true);
  expect((await scheduled.json()).check_ins.length).toBeGreaterThan(0);
  await page.goto("/notifications");
  await expect(page.getByRole("heading", { name: "Check-ins due" })).toBeVisible();
  const due = page.locator("[data-check-in-id]");
  await expect(due.first()).toBeVisible();
  const first = due.first();
  const id = await first.getAttribute("data-check-in-id");
  await answerCheckIn(page, first);
  await expect(page.locator(`[data-check-in-id="${id}"]`)).toHaveCount(0);
  await page.reload();
  await expect(page.locator(`[data-check-in-id="${id}"]`)).toHaveCount(0);
});

test("an athlete sets a goal, and a goal without its numbers is explained field by field", async ({ page }) => {
  const title = `Break 11.50 (${Date.now()})`;
  await signIn(page, ATHLETE);
  await page.goto("/goals");
  const form = page.getByRole("form", { name: "New goal" });
  await form.getByLabel("Title").fill(title);
  await form.getByRole("button", { name: "Add goal" }).click();
  await expect(form.getByRole("alert")).toHaveText("Some fields need a second look.");
  await expect(form.getByLabel("Metric", { exact: true })).toHaveAttribute("aria-invalid", "true");

  await form.getByLabel("Metric", { exact: true }).selectOption("100m");
  await form.getByLabel("Where you are now").fill("11.9");
  await form.getByLabel("Target", { exact: true }).fill("11.5");
  await form.getByLabel("Target date").fill("2027-06-30");
  await form.getByRole("button", { name: "Add goal" }).click();
  await expect(form.getByRole("status")).toHaveText(`Goal “${title}” added.`);
  await expect(form.getByRole("alert")).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Your goals" }).getByRole("heading", { name: title })).toBeVisible();
});

test("an athlete logs a meal and it joins the day", async ({ page }) => {
  const description = `Rice, salmon, greens ${Date.now()}`;
  await signIn(page, ATHLETE);
  await page.goto("/nutrition");
  const form = page.getByRole("form", { name: "Add a meal" });
  await form.getByRole("button", { name: "Add meal" }).click();
  await expect(form.getByRole("alert")).toBeVisible();
  await pick(form.getByRole("radiogroup", { name: "Meal" }), "Dinner");
  await form.getByLabel("Description").fill(description);
  await form.getByLabel(/^Protein/).fill("42");
  await form.getByRole("button", { name: "Add meal" }).click();
  await expect(form.getByRole("status")).toHaveText("Added");
  await expect(page.getByRole("region", { name: "Dinner" }).getByText(description)).toBeVisible();
});
