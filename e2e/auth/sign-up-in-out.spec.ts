import { expect, test } from "@playwright/test";
import { signOut, signUp, STRONG_PASSWORD, uniqueEmail } from "../support/accounts";

test("a newcomer signs up, signs out and signs back in", async ({ page }) => {
  const email = uniqueEmail("newcomer");
  await signUp(page, { name: "Nadia Newcomer", email, organisation: "Coastal State IT Department" });
  await expect(page.getByText("You are signed in as Admin.")).toBeVisible();

  await signOut(page);
  await page.goto("/orgs");
  await expect(page).toHaveURL(/\/sign-in/);

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(STRONG_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Coastal State IT Department" })).toBeVisible();
});

test("sign-up refuses weak passwords and duplicate emails with specific messages", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Pat");
  await page.getByLabel("Email").fill("admin@layerwise.example");
  await page.getByLabel("Password", { exact: true }).fill("short");
  await page.getByLabel("Organisation name").fill("Another org");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Use at least 12 characters.")).toBeVisible();

  // Common passwords are refused by the server-side list even when long enough.
  await page.getByLabel("Password", { exact: true }).fill("qwertyuiop123");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("This password is too common or has appeared in breaches. Choose another.")).toBeVisible();

  await page.getByLabel("Password", { exact: true }).fill(STRONG_PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("An account with this email already exists.").first()).toBeVisible();
  await expect(page).toHaveURL(/\/sign-up/);
});

test("a wrong password is refused without saying whether the email exists", async ({ page }) => {
  for (const email of ["viewer@layerwise.example", uniqueEmail("nobody")]) {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password", { exact: true }).fill("not the right password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("main [role=alert]")).toHaveText("The email or password is incorrect.");
  }
});

test("five failed sign-ins lock the account, even against the right password", async ({ page }) => {
  const email = uniqueEmail("locked");
  await signUp(page, { name: "Lee Locked", email, organisation: "Lockout Test Org" });
  await signOut(page);
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password", { exact: true }).fill(`wrong password ${attempt}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    const expected = attempt < 5 ? "The email or password is incorrect." : /paused for 15 minutes/;
    await expect(page.locator("main [role=alert]")).toHaveText(expected);
  }
  await page.getByLabel("Password", { exact: true }).fill(STRONG_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("main [role=alert]")).toHaveText(/paused for 15 minutes/);
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a sign-in submitted before the page is interactive never puts the password in the URL", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("someone@example.gov");
  await page.getByLabel("Password", { exact: true }).fill("not-in-any-url-please");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForLoadState();
  expect(page.url()).not.toContain("not-in-any-url-please");
  await context.close();
});
