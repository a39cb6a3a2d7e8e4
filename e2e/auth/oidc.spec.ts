import { expect, test, type Page } from "@playwright/test";
import { DEMO, signOut, uniqueEmail } from "../support/accounts";

// Signs in at the local OpenID Connect provider (e2e/support/oidc-provider.ts, started by the
// global setup): its development login form takes any login, which is the email it releases.
async function signInWithIdp(page: Page, login: string) {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Continue with Test IdP" }).click();
  await page.locator("input[name=login]").fill(login);
  await page.locator("input[name=password]").fill("any password");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
}

test("a new person signs in with single sign-on and lands signed in, with no organisation yet", async ({ page }) => {
  await signInWithIdp(page, uniqueEmail("sso"));
  await expect(page.getByRole("heading", { level: 1, name: "Your organisations" })).toBeVisible();
  await expect(page.getByText("Sasha Single-Sign-On", { exact: true })).toBeVisible();
  // The session is a real one: sign-out ends it.
  await signOut(page);
  await page.goto("/orgs");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("single sign-on with a verified email reaches the existing account with that email", async ({ page }) => {
  await signInWithIdp(page, DEMO.viewer);
  await expect(page.getByRole("heading", { level: 1, name: "Demo State Digital Services" })).toBeVisible();
  await expect(page.getByText("You are signed in as Viewer.")).toBeVisible();
});

test("single sign-on without a verified email is refused", async ({ page }) => {
  await signInWithIdp(page, `unverified.${DEMO.admin}`);
  await expect(page).toHaveURL(/\/sign-in\?error=OidcEmailUnverified/);
  await expect(page.locator("main [role=alert]")).toContainText("no verified email address");
  await page.goto("/orgs");
  await expect(page).toHaveURL(/\/sign-in/);
});
