import { expect, test, uniqueEmail } from "./support";

const GOOD = [
  "date,type,duration_min,rpe,mood,notes",
  "2026-11-02,acceleration,60,7,4,Block starts",
  "2026-11-04,tempo,45,5,3,Grass 200s",
];

test("a CSV with one bad row is reported row by row, refused, then imported once fixed", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Ida Importer");
  await page.getByLabel("Email").fill(uniqueEmail("import"));
  await page.getByLabel("Password").fill("imports-2026");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);

  await page.goto("/data");
  await page.getByLabel("Or paste the CSV").fill([...GOOD, "2026-11-05,max_velocity,50,11,3,Flys"].join("\n"));
  await page.getByRole("button", { name: "Check the file" }).click();
  const preview = page.getByRole("region", { name: "Import preview" });
  await expect(preview.getByRole("status")).toContainText("2 valid");
  await expect(preview.getByRole("status")).toContainText("1 not valid");
  await expect(preview.locator('tr[data-valid="false"]')).toContainText("rpe: must be an integer from 1 to 10");
  await expect(page.getByRole("button", { name: /^Import/ })).toBeDisabled();

  await page.getByLabel("Or paste the CSV").fill([...GOOD, "2026-11-05,max_velocity,50,9,3,Flys"].join("\n"));
  await page.getByRole("button", { name: "Check the file" }).click();
  await page.getByRole("button", { name: "Import 3 rows" }).click();
  await expect(page.getByText("Imported 3 sessions.")).toBeVisible();

  const exported = await page.request.get("/api/v1/export/sessions");
  expect(await exported.text()).toContain("2026-11-05,max_velocity,50,9,3,Flys");
});
