import { expect, test } from "@playwright/test";
import { DEMO, signIn, signOut } from "../support/accounts";
import { expectNoSeriousA11yViolations } from "../support/axe";

test("signed-out pages have no serious accessibility violations", async ({ page }) => {
  for (const path of ["/", "/sign-in", "/sign-up", "/invitations/not-a-real-invitation-token-at-all", "/no-such-page"]) {
    await page.goto(path);
    await expect(page.locator("main")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  }
});

test("signed-in pages have no serious accessibility violations", async ({ page }) => {
  await signIn(page, DEMO.admin);
  const orgPath = new URL(page.url()).pathname;
  for (const path of [orgPath, `${orgPath}/settings/members`, `${orgPath}/settings/api-tokens`, `${orgPath}/programs`, "/orgs?all=1"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  }
  await signOut(page);
  await signIn(page, DEMO.viewer);
  await page.goto(`${orgPath}/settings/members`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
