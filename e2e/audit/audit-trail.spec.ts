import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { DEMO, signIn, signOut } from "../support/accounts";

test("an admin browses, filters, verifies and exports the audit trail; a viewer cannot reach it", async ({ page }) => {
  await signIn(page, DEMO.admin);
  const orgPath = new URL(page.url()).pathname;
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit trail" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Audit trail" })).toBeVisible();
  // The demo seed and this sign-in are in the trail, newest first.
  await expect(page.getByRole("table").getByRole("row").nth(1)).toContainText("Signed in");

  await page.getByRole("link", { name: "Verify the trail" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The trail is intact" })).toBeVisible();

  await page.getByLabel("What").selectOption({ label: "Answer saved" });
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/action=answer\.save/);
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows.nth(1)).toContainText("Answer saved");
  expect(await rows.filter({ hasNotText: "Answer saved" }).count()).toBe(1); // the header row

  await page.getByLabel("From (UTC)").fill("2030-01-02");
  await page.getByLabel("To (UTC)").fill("2030-01-01");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByText("The end date must not be before the start date.")).toBeVisible();
  await page.getByRole("link", { name: "Clear" }).click();
  await expect(page).toHaveURL(/\/settings\/audit$/);
  await expect(page.getByText("The end date must not be before the start date.")).toHaveCount(0);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: /Export JSON/ }).click();
  const file = JSON.parse(readFileSync(await (await download).path(), "utf8")) as { verification: { ok: boolean }; events: unknown[] };
  expect(file.verification.ok).toBe(true);
  expect(file.events.length).toBeGreaterThan(10);

  await signOut(page);
  await signIn(page, DEMO.viewer);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit trail" })).toHaveCount(0);
  const response = await page.goto(`${orgPath}/settings/audit`);
  expect(response?.status()).toBe(403);
});
