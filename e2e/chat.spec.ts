import { expect, signIn, test } from "./support";

test("Aria answers with the athlete's numbers, the reply streams in, and the conversation survives a reload", async ({
  page,
}) => {
  await signIn(page, "amara@aria.example");
  await page.goto("/chat");
  await page.getByRole("link", { name: "New conversation" }).click();
  await expect(page).toHaveURL(/\/chat\?session=[0-9a-f-]{36}$/);
  await page.getByLabel("Message Aria").fill("How was my training this week?");
  await page.getByRole("button", { name: "Send" }).click();
  const reply = page.locator('[data-role="assistant"]').last();
  await expect(reply).toContainText(/ACWR|sessions/);
  await expect(reply).toContainText("1.7");
  await expect(page).toHaveURL(/\/chat\?session=[0-9a-f-]{36}$/);
  await page.reload();
  await expect(page.locator('[data-role="user"]').last()).toContainText("How was my training this week?");
  await expect(page.locator('[data-role="assistant"]').last()).toContainText("1.7");
});

test("a session described in chat is logged and appears on the sessions page", async ({ page }, testInfo) => {
  await signIn(page, "leo@aria.example");
  await page.goto("/chat");
  await page.getByRole("link", { name: "New conversation" }).click();
  await expect(page).toHaveURL(/\/chat\?session=[0-9a-f-]{36}$/);
  const minutes = testInfo.project.name === "phone" ? 37 : 43;
  await page.getByLabel("Message Aria").fill(`6x30m flys, RPE 7, ${minutes} min`);
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.locator('[data-role="assistant"]').last()).toContainText(/Logged/i);
  await page.goto("/sessions");
  await expect(page.getByText(`${minutes} min`).first()).toBeVisible();
});

test("asked whether he can sprint today, Aria tells Jordan no, with the reason and what to do instead", async ({
  page,
}) => {
  await signIn(page, "jordan@aria.example");
  await page.goto("/chat");
  await page.getByRole("link", { name: "New conversation" }).click();
  await expect(page).toHaveURL(/\/chat\?session=[0-9a-f-]{36}$/);
  await page.getByLabel("Message Aria").fill("Can I do flying sprints today?");
  await page.getByRole("button", { name: "Send" }).click();
  const reply = page.locator('[data-role="assistant"]').last();
  await expect(reply).toContainText(/^No/);
  await expect(reply).toContainText("hamstring");
  await expect(reply).toContainText("/10");
});
