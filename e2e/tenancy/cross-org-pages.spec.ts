import { expect, test } from "@playwright/test";
import { signOut, signUp, uniqueEmail } from "../support/accounts";

test("a user of one organisation cannot open another organisation's pages by URL", async ({ page }) => {
  const orgA = await signUp(page, { name: "Ana A", email: uniqueEmail("a"), organisation: "Organisation A" });
  await signOut(page);
  const orgB = await signUp(page, { name: "Ben B", email: uniqueEmail("b"), organisation: "Organisation B" });

  for (const path of [`/orgs/${orgA}`, `/orgs/${orgA}/settings/members`]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(page.getByText("Organisation A")).toHaveCount(0);
  }
  await page.goto(`/orgs/${orgB}`);
  await expect(page.getByRole("heading", { level: 1, name: "Organisation B" })).toBeVisible();
});
