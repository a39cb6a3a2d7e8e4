import { expect, test } from "@playwright/test";
import { DEMO, signIn, signOut } from "../support/accounts";
import { expectNoSeriousA11yViolations } from "../support/axe";

test("signed-out pages have no serious accessibility violations", async ({ page }) => {
  for (const path of ["/", "/sign-in", "/sign-up", "/invitations/not-a-real-invitation-token-at-all", "/no-such-page", "/verify"]) {
    await page.goto(path);
    await expect(page.locator("main")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  }
});

test("signed-in pages have no serious accessibility violations", async ({ page }) => {
  await signIn(page, DEMO.admin);
  const orgPath = new URL(page.url()).pathname;
  for (const path of [orgPath, `${orgPath}/dashboard`, `${orgPath}/settings/members`, `${orgPath}/settings/api-tokens`, `${orgPath}/settings/audit?verify=1`, `${orgPath}/settings/audit?action=nope`, `${orgPath}/programs`, "/orgs?all=1", "/account/security"]) {
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

test("every section of an assessment has no serious accessibility violations", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, DEMO.admin);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Programs" }).click();
  await page.getByRole("link", { name: "State property tax on DIGIT" }).click();
  await page.getByRole("link", { name: "Reassessment 2026" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Reassessment 2026" })).toBeVisible();
  const base = new URL(page.url()).pathname;
  for (const section of ["", "/my-practices", "/parties", "/raci", "/raci/print", "/roadmap", "/team-plan", "/readiness", "/results", "/layers/network"]) {
    await page.goto(`${base}${section}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  }
});
