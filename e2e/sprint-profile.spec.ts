import AxeBuilder from "@axe-core/playwright";
import { addDays, todayIn } from "@/lib/core/dates";
import { DEMO_COACH_EMAIL } from "@/lib/seed/demo-accounts";
import { expect, signIn, signUpAthlete, test } from "./support";

/** PRODUCT 4.9: a sprint profile from split times, typed in or imported, read in words; the coach compares the squad. */

// {shorts}' "Kimberley" at the usual gates: MSS about 8.6 m/s.
const GATES = ["5", "10", "20", "30", "40"];
const TIMES = ["1.158", "1.893", "3.149", "4.313", "5.444"];

test("an athlete types a sprint's splits, sees the fit as they type, saves it and reads what it says", async ({
  page,
}) => {
  test.setTimeout(60_000);
  await signUpAthlete(page, "Sam Splits");
  await page.goto("/progress");
  await page.getByRole("link", { name: /Sprint profile/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sprint profile" })).toBeVisible();
  await expect(page.getByText("Time one all-out sprint with gates at 5, 10, 20, 30 and 40 m")).toBeVisible();

  const form = page.getByRole("form", { name: "Add a sprint profile by hand" });
  const preview = form.getByRole("region", { name: "Fit preview" });
  for (const [i, distance] of GATES.entries()) {
    await expect(form.getByLabel(`Gate ${i + 1} distance (m)`)).toHaveValue(distance);
  }
  await form.getByLabel("Gate 1 time (s)").fill(TIMES[0]!);
  await form.getByLabel("Gate 2 time (s)").fill(TIMES[1]!);
  // A time that does not increase is named by its gate before anything is sent.
  await form.getByLabel("Gate 3 time (s)").fill("1.5");
  await expect(preview).toContainText("Gate 3 time");
  await form.getByLabel("Gate 3 time (s)").fill(TIMES[2]!);
  await form.getByLabel("Gate 4 time (s)").fill(TIMES[3]!);
  await form.getByLabel("Gate 5 time (s)").fill(TIMES[4]!);
  await expect(preview.getByTestId("fit-preview-values")).toContainText(/MSS 8\.\d\d m\/s/);
  await expect(preview).toContainText("RSE");
  await form.getByRole("radio", { name: "Standing" }).check();
  await form.getByLabel("Time correction (s)").fill("0.3");

  // The server's refusal is shown under the field it names.
  await form.getByLabel("Date").fill(addDays(todayIn("UTC"), 3));
  await form.getByRole("button", { name: "Save profile" }).click();
  await expect(form.getByLabel("Date")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByRole("alert")).toBeVisible();

  await form.getByLabel("Date").fill(addDays(todayIn("UTC"), -1));
  await form.getByRole("button", { name: "Save profile" }).click();
  await expect(form.getByRole("status").last()).toContainText("Saved: MSS");

  await expect(page.getByRole("heading", { name: /^Latest: / })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: "m/s²" }).first()).toBeVisible();
  await expect(page.getByTestId("sprint-reading")).toContainText("Top speed");
  await expect(page.getByRole("region", { name: "What it says" })).toContainText(/Work on|Keep both/);
  await expect(page.getByRole("figure", { name: "Measured splits over the model curve" })).toBeVisible();
  const stored = page.getByRole("list", { name: "Stored profiles" }).getByRole("listitem");
  await expect(stored).toHaveCount(1);
  await expect(stored.first()).toContainText("Standing start");
  await expect(stored.first()).toContainText(/fit \(RSE 0\.\d{3} s\)/);

  await stored
    .first()
    .getByRole("button", { name: /^Delete profile of / })
    .click();
  await stored.first().getByRole("button", { name: "Confirm delete" }).click();
  await expect(page.getByText("Time one all-out sprint with gates at 5, 10, 20, 30 and 40 m")).toBeVisible();
});

test("a logged session's timed reps become a profile: best time at each distance, checked, then saved", async ({
  page,
}) => {
  test.setTimeout(60_000);
  await signUpAthlete(page, "Rio Reps");
  // A cookie-authenticated write must come from the app's own origin, as the page's own fetches do.
  const headers = { origin: new URL(page.url()).origin };
  const logged = await page.request.post("/api/v1/sessions", {
    headers,
    data: {
      date: addDays(todayIn("UTC"), -1),
      type: "acceleration",
      duration_min: 40,
      rpe: 8,
      reps: [
        { reps: 2, distance_m: 10, times_s: [1.95, 1.9] },
        { reps: 2, distance_m: 20, times_s: [3.2, 3.15] },
        { reps: 2, distance_m: 30, times_s: [4.35, 4.3] },
      ],
    },
  });
  expect(logged.status()).toBe(201);

  await page.goto("/progress/sprint");
  await page.getByRole("radio", { name: "From a session" }).check();
  await expect(page.getByText("Best times: 10 m in 1.90 s, 20 m in 3.15 s, 30 m in 4.30 s")).toBeVisible();
  await page.getByRole("button", { name: "Use these splits" }).click();

  const form = page.getByRole("form", { name: "Add a sprint profile by hand" });
  await expect(form).toContainText("Splits from your session of");
  await expect(form.getByLabel("Gate 3 distance (m)")).toHaveValue("30");
  await expect(form.getByLabel("Gate 3 time (s)")).toHaveValue("4.3");
  await expect(form.getByRole("region", { name: "Fit preview" }).getByTestId("fit-preview-values")).toContainText(
    /MSS \d+\.\d\d m\/s/,
  );
  await form.getByRole("button", { name: "Save profile" }).click();
  await expect(form.getByRole("status").last()).toContainText("Saved: MSS");
  const stored = page.getByRole("list", { name: "Stored profiles" }).getByRole("listitem");
  await expect(stored).toHaveCount(1);
  await expect(stored.first()).toContainText("from a session");
});

test("a timing system's CSV: columns mapped by hand, every row previewed with its fit, then imported", async ({
  page,
}) => {
  test.setTimeout(60_000);
  const today = todayIn("UTC");
  // Headers with no distances in them: Aria cannot guess the gates, so the mapping step asks.
  const csv = [
    "Day,Athlete,T1,T2,T3,T4",
    `${addDays(today, -40)},Sam,1.893,3.149,4.313,5.444`,
    `${addDays(today, -5)},Sam,1.85,3.09,4.24,5.36`,
  ].join("\n");

  await signUpAthlete(page, "Cass Csv");
  await page.goto("/progress/sprint");
  await page.getByRole("radio", { name: "From a CSV file" }).check();
  await page.getByLabel("Or paste the CSV").fill(csv);
  await page.getByRole("button", { name: "Check the file" }).click();

  const columns = page.getByRole("group", { name: "Columns" });
  await expect(columns).toBeVisible();
  await columns.getByLabel("Date column").selectOption("Day");
  for (const [column, distance] of [
    ["T1", "10"],
    ["T2", "20"],
    ["T3", "30"],
    ["T4", "40"],
  ] as const) {
    await columns.getByLabel(`“${column}”: gate distance (m)`).fill(distance);
  }
  await page.getByRole("button", { name: "Check again" }).click();

  const preview = page.getByRole("region", { name: "Import preview" });
  await expect(preview.getByRole("status")).toContainText("2 valid");
  await expect(preview.locator('tr[data-valid="true"]')).toHaveCount(2);
  await expect(preview.locator('tr[data-valid="true"]').first()).toContainText(/MSS \d+\.\d\d m\/s · MAC/);

  await page.getByRole("button", { name: "Import 2 profiles" }).click();
  await expect(page.getByText("Imported 2 sprint profiles.")).toBeVisible();
  await expect(page.getByRole("list", { name: "Stored profiles" }).getByRole("listitem")).toHaveCount(2);
  await expect(page.getByRole("figure", { name: "Top speed and acceleration over time" })).toBeVisible();
  await expect(page.getByTestId("sprint-reading")).toContainText("since");
});

test("the coach compares the squad's sprint profiles", async ({ page }) => {
  await signIn(page, DEMO_COACH_EMAIL);
  await page.goto("/coach/sprint");
  await expect(page.getByRole("heading", { level: 1, name: "Sprint profiles" })).toBeVisible();
  const squad = page.getByRole("region", { name: "Side by side" });
  await expect(squad.getByRole("link", { name: "Leo Martins" }).filter({ visible: true })).toBeVisible();
});

test("on a phone the squad comparison is a card per athlete", { tag: "@phone" }, async ({ page }) => {
  await signIn(page, DEMO_COACH_EMAIL);
  await page.goto("/coach/sprint");
  await expect(
    page.getByRole("list", { name: "Sprint profile per athlete" }).getByRole("listitem").first(),
  ).toBeVisible();
  await expect(page.getByRole("table")).toBeHidden();
});

test("on a wide screen the squad comparison is a table, reached from the sidebar", { tag: "@desktop" }, async ({
  page,
}) => {
  await signIn(page, DEMO_COACH_EMAIL);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sprint profiles" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sprint profiles" })).toBeVisible();
  await expect(page.getByRole("table").getByRole("columnheader", { name: "MSS (m/s)" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Sprint profile per athlete" })).toBeHidden();
});

test("the Sprint profile page, charts and all, has no serious axe violation in either theme", async ({ page }) => {
  test.setTimeout(90_000);
  await signUpAthlete(page, "Axel Axe");
  // A cookie-authenticated write must come from the app's own origin, as the page's own fetches do.
  const headers = { origin: new URL(page.url()).origin };
  const today = todayIn("UTC");
  for (const [days, times] of [
    [-60, ["1.2", "1.95", "3.22", "4.38", "5.5"]],
    [-2, TIMES],
  ] as const) {
    const response = await page.request.post("/api/v1/sprint-profiles", {
      headers,
      data: {
        date: addDays(today, days),
        start: "standing",
        distances_m: GATES.map(Number),
        times_s: times.map(Number),
        body_mass_kg: 72,
        height_m: 1.8,
      },
    });
    expect(response.status()).toBe(201);
  }
  for (const theme of ["light", "dark"] as const) {
    await page.addInitScript((t) => localStorage.setItem("aria-theme", t), theme);
    await page.goto("/progress/sprint");
    await expect(page.getByRole("figure", { name: "Force–velocity line" })).toBeVisible();
    const result = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
      .analyze();
    const serious = result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes[0]?.target.join(" ")}`);
    expect(serious, theme).toEqual([]);
  }
});
