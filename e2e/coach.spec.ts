import { randomUUID } from "node:crypto";
import { expect, signIn, signOut, test } from "./support";

test("the coach opens the athlete at the top of the queue and sees their dashboard, read-only", async ({ page }) => {
  await signIn(page, "coach@aria.example");
  const first = page.getByRole("list", { name: "Athletes in triage order" }).locator(":scope > li").first();
  await first.getByRole("link", { name: "Jordan Reyes" }).click();
  await expect(page).toHaveURL(/\/coach\/athletes\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: "Jordan Reyes" })).toBeVisible();
  await expect(page.getByText(/Read-only/)).toBeVisible();
  // The roster's own row on top: the same flags as the card just left.
  const summary = page.getByRole("region", { name: "Jordan on the roster" });
  await expect(summary.getByRole("list", { name: "Flags for Jordan Reyes" })).toContainText(
    "Training on an active injury",
  );
  await expect(page.locator('[data-suggestion-type="injury_warning"]')).toBeVisible();
  await expect(page.getByRole("button", { name: /^Dismiss/ })).toHaveCount(0);
  await expect(page.getByRole("figure", { name: /Training load/ })).toBeVisible();
});

test("the drill-down lists the athlete's recent sessions, with any plan they fulfilled, and their progress", async ({
  page,
}) => {
  await signIn(page, "coach@aria.example");
  await page
    .getByRole("list", { name: "Athletes in triage order" })
    .getByRole("link", { name: "Jordan Reyes" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Jordan Reyes" })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "About Jordan" });
  await nav.getByRole("link", { name: "Sessions" }).click();
  await expect(page).toHaveURL(/#sessions$/);

  const sessions = page.getByRole("region", { name: /^Jordan.s sessions, last 28 days$/ });
  const rows = sessions.getByRole("list", { name: "Sessions of Jordan" }).locator(":scope > li");
  await expect(rows.first()).toBeVisible();
  // Each row: the day in words, minutes and RPE, and whether it came from a plan; never a raw ISO date.
  await expect(rows.first()).toContainText(/(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]{2}/);
  await expect(rows.first()).toContainText(/\d+ min · RPE \d+/);
  await expect(rows.first()).toContainText(/Done as planned|Not from a plan/);
  await expect(sessions).not.toContainText(/\d{4}-\d{2}-\d{2}/);

  const progress = page.getByRole("region", { name: /^Jordan.s progress$/ });
  await expect(progress.getByRole("heading", { name: "Personal bests" })).toBeVisible();
  await expect(progress).toContainText("100 m");
  await expect(progress.getByRole("heading", { name: "Latest results" })).toBeVisible();
});

test("an athlete who is not linked has no drill-down: 404", async ({ page }) => {
  await signIn(page, "coach@aria.example");
  const response = await page.goto(`/coach/athletes/${randomUUID()}`);
  expect(response?.status()).toBe(404);
});

test("the roster offers invite codes", async ({ page }) => {
  await signIn(page, "coach@aria.example");
  await expect(page.getByRole("region", { name: "Invite athletes" })).toBeVisible();
});

test("the squad view shows each athlete's weekly load and the flags the roster shows now", async ({ page }) => {
  await signIn(page, "coach@aria.example");
  await page.getByRole("link", { name: "Squad view" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Squad view" })).toBeVisible();
  const charts = page.getByRole("list", { name: "Weekly load per athlete" });
  for (const name of ["Jordan Reyes", "Amara Chen", "Priya Nair"]) {
    await expect(charts.getByRole("img", { name: new RegExp(`^${name}, weekly load`) })).toBeVisible();
  }
  const flagged = page.getByRole("region", { name: "Flagged now" });
  await expect(flagged).toBeVisible();
  // The same read model as the roster: Jordan, first in the queue for training on an injury, is counted here for it.
  await expect(flagged.getByRole("row", { name: /Training on an active injury/ })).toContainText("Jordan Reyes");
});

test("the coach leaves the athlete at the top a note; signed in as that athlete, the note is there", async ({
  page,
}) => {
  await signIn(page, "coach@aria.example");
  const first = page.getByRole("list", { name: "Athletes in triage order" }).locator(":scope > li").first();
  await first.getByRole("link", { name: "Jordan Reyes" }).click();
  await page
    .getByRole("link", { name: /^Leave a note on “/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\?note=suggestion:[0-9a-f-]{36}#notes$/);
  const form = page.getByRole("form", { name: "Leave Jordan a note" });
  await expect(form.getByLabel("About")).toHaveValue(/^suggestion:/);
  const body = `Rest that hamstring this week; we rebuild on Monday. (${randomUUID().slice(0, 8)})`;
  await form.getByLabel("Note").fill(body);
  await form.getByRole("button", { name: "Send note" }).click();
  await expect(form.getByRole("status")).toHaveText(/Sent\. Jordan will see it/);
  await expect(page.getByRole("list", { name: "Notes sent" }).getByText(body)).toBeVisible();

  await signOut(page);
  await signIn(page, "jordan@aria.example");
  const notes = page.getByRole("region", { name: "From your coach" });
  await expect(notes.getByText(body)).toBeVisible();
  await expect(notes.getByText(/^Maya Okafor · .+ · on Aria’s suggestion “/).first()).toBeVisible();
  await page.goto("/notifications");
  await expect(page.getByRole("list", { name: "Notifications" }).getByText(body, { exact: false })).toBeVisible();
});

test("the coach writes a general note from the top of the drill-down; the athlete reads it as one", async ({
  page,
}) => {
  await signIn(page, "coach@aria.example");
  await page.getByRole("list", { name: "Athletes in triage order" }).getByRole("link", { name: "Marcus Bell" }).click();
  await page.getByRole("link", { name: "Write a note" }).click();
  await expect(page).toHaveURL(/\?note=athlete#notes$/);
  const form = page.getByRole("form", { name: "Leave Marcus a note" });
  await expect(form.getByLabel("About")).toHaveValue("athlete");
  // The link puts the cursor in the note, so the coach types straight away.
  await expect(form.getByLabel("Note")).toBeFocused();
  const body = `Nine days is fine; come back easy with tempo on Monday. (${randomUUID().slice(0, 8)})`;
  await page.keyboard.type(body);
  await form.getByRole("button", { name: "Send note" }).click();
  await expect(form.getByRole("status")).toHaveText(/Sent\. Marcus will see it/);
  await expect(page.getByRole("list", { name: "Notes sent" }).getByText(body)).toBeVisible();

  await signOut(page);
  await signIn(page, "marcus@aria.example");
  const note = page.getByRole("region", { name: "From your coach" }).getByRole("listitem").filter({ hasText: body });
  await expect(note).toContainText(/^Maya Okafor · .+ · General note/);
});

test("a note needs something to be about and some words", async ({ page }) => {
  await signIn(page, "coach@aria.example");
  await page.getByRole("list", { name: "Athletes in triage order" }).getByRole("link", { name: "Amara Chen" }).click();
  const form = page.getByRole("form", { name: "Leave Amara a note" });
  await form.getByRole("button", { name: "Send note" }).click();
  await expect(form.getByText("Pick what the note is about")).toBeVisible();
  await expect(form.getByText("Must not be empty")).toBeVisible();
  await expect(form.getByLabel("About")).toHaveAttribute("aria-invalid", "true");
});

test("the coach sorts, filters and searches the squad", async ({ page }) => {
  await signIn(page, "coach@aria.example");
  const squad = page.getByRole("region", { name: "Squad" });
  await squad.getByLabel("Sort by").selectOption("name");
  const byName = page.getByRole("list", { name: "Athletes sorted by name" });
  await expect(byName.locator(":scope > li").first()).toContainText("Amara Chen");

  // Other tests may injure someone else in the squad: every card left has an injury, and Priya (none) is gone.
  await squad.getByLabel("Show").selectOption("injured");
  await expect(page).toHaveURL(/\/coach\?sort=name&filter=injured$/);
  await expect(squad.getByText(/^Showing \d+ of \d+ athletes\./)).toBeVisible();
  await expect(byName).toContainText("Jordan Reyes");
  await expect(byName).not.toContainText("Priya Nair");
  for (const card of await byName.locator(":scope > li").all()) {
    await expect(card.getByText("Injuries", { exact: true }).locator("xpath=following-sibling::dd")).toContainText(
      ", active",
    );
  }

  // The view lives in the address: a reload opens it again.
  await page.reload();
  await expect(squad.getByLabel("Show")).toHaveValue("injured");
  await expect(page.getByRole("list", { name: "Athletes sorted by name" })).not.toContainText("Priya Nair");

  await squad.getByRole("button", { name: "Show everyone" }).click();
  await squad.getByLabel("Sort by").selectOption("triage");
  const queue = page.getByRole("list", { name: "Athletes in triage order" });
  const priya = queue.locator(":scope > li", { hasText: "Priya Nair" }).getByText(/^#\d+$/);
  const place = await priya.textContent();
  await squad.getByLabel("Find").fill("PRI");
  await expect(page).toHaveURL(/\/coach\?q=PRI$/);
  await expect(queue.locator(":scope > li")).toHaveCount(1);
  await expect(queue).toContainText("Priya Nair");
  // Narrowing the list keeps each athlete's place in the queue.
  await expect(priya).toHaveText(place!);
  expect(place).not.toBe("#1");
});

test("an unknown sort or filter in the address opens the plain triage queue", async ({ page }) => {
  await signIn(page, "coach@aria.example");
  await page.goto("/coach?sort=fastest&filter=injured");
  const squad = page.getByRole("region", { name: "Squad" });
  await expect(squad.getByLabel("Sort by")).toHaveValue("triage");
  await expect(squad.getByLabel("Show")).toHaveValue("injured");
  await expect(page.getByRole("list", { name: "Athletes in triage order" })).toContainText("Jordan Reyes");
});
