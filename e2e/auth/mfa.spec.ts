import { expect, test, type Page } from "@playwright/test";
import { totpCode } from "../../lib/mfa/totp";
import { signOut, signUp, STRONG_PASSWORD, uniqueEmail } from "../support/accounts";
import { expectNoSeriousA11yViolations } from "../support/axe";

// The code an authenticator app would show `offsetSeconds` from now. Sign-ins use the next time
// step, because the step used at enrolment is spent (replays are refused).
const codeFor = (secret: string, offsetSeconds = 0) => totpCode({ secret, now: new Date(Date.now() + offsetSeconds * 1000) });

async function passwordStep(page: Page, email: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(STRONG_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Enter your security code" })).toBeVisible();
}

test("a user enrols in MFA, then signs in with a code and later with a recovery code", async ({ page }) => {
  const email = uniqueEmail("mfa");
  const organisation = "MFA Test Ministry";
  await signUp(page, { name: "Mo Factor", email, organisation });

  await page.getByRole("link", { name: "Security" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Account security" })).toBeVisible();
  // The page title is streamed after the content: scan once it is there.
  await expect(page).toHaveTitle(/Account security/);
  await page.getByRole("button", { name: "Set up multi-factor authentication" }).click();
  await expect(page.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
  const secret = (await page.getByTestId("mfa-secret").innerText()).replace(/\s+/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("Six-digit code").fill("12345");
  await page.getByRole("button", { name: "Turn on" }).click();
  await expect(page.getByText("Enter the six digits from your authenticator app.")).toBeVisible();
  await page.getByLabel("Six-digit code").fill(codeFor(secret));
  await page.getByRole("button", { name: "Turn on" }).click();
  const codes = page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem");
  await expect(codes).toHaveCount(10);
  const recoveryCode = (await codes.first().innerText()).trim();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "I have saved my recovery codes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: organisation })).toBeVisible();

  // Password alone is not enough: every page waits for the code.
  await signOut(page);
  await passwordStep(page, email);
  await expect(page).toHaveTitle(/Security code/);
  await expectNoSeriousA11yViolations(page);
  // The MFA step is a page like any other under the CSP: every script carries this response's nonce.
  const challenge = (await page.reload())!;
  const nonce = /'nonce-([^']+)'/.exec(challenge.headers()["content-security-policy"] ?? "")?.[1];
  expect(nonce).toBeTruthy();
  for (const tag of (await challenge.text()).match(/<script\b[^>]*>/g) ?? []) expect(tag).toContain(`nonce="${nonce}"`);
  await page.goto("/orgs");
  await expect(page).toHaveURL(/\/mfa$/);
  await page.getByLabel("Security code or recovery code").fill(codeFor(secret, -90));
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("That code is not right. Check the time on your phone, or use a recovery code.")).toBeVisible();
  await page.getByLabel("Security code or recovery code").fill(codeFor(secret, 30));
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: organisation })).toBeVisible();

  await page.getByRole("link", { name: "Security" }).click();
  await expect(page.getByText(/On since .*\. 10 unused recovery codes\./)).toBeVisible();

  await signOut(page);
  await passwordStep(page, email);
  await page.getByLabel("Security code or recovery code").fill(recoveryCode.toUpperCase());
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Account security" })).toBeVisible();
  await expect(page.getByText("You signed in with a recovery code. You have 9 recovery codes left.")).toBeVisible();

  // The same recovery code does not work twice.
  await signOut(page);
  await passwordStep(page, email);
  await page.getByLabel("Security code or recovery code").fill(recoveryCode);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("That code is not right. Check the time on your phone, or use a recovery code.")).toBeVisible();
});

test("an organisation that requires MFA sends a member without it to enrol first", async ({ browser, page }) => {
  const adminEmail = uniqueEmail("mfa-admin");
  const organisation = "Ministry Requiring MFA";
  await signUp(page, { name: "Ada Admin", email: adminEmail, organisation });
  const orgPath = new URL(page.url()).pathname;

  // An admin must have MFA before requiring it.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Members" }).click();
  await page.getByLabel("Require multi-factor authentication for every member").check();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Turn on multi-factor authentication for your own account before requiring it of everyone.")).toBeVisible();

  await page.getByRole("link", { name: "Security" }).click();
  await page.getByRole("button", { name: "Set up multi-factor authentication" }).click();
  const secret = (await page.getByTestId("mfa-secret").innerText()).replace(/\s+/g, "");
  await page.getByLabel("Six-digit code").fill(codeFor(secret));
  await page.getByRole("button", { name: "Turn on" }).click();
  await page.getByRole("button", { name: "I have saved my recovery codes" }).click();

  // Invite a member, who joins without MFA.
  await page.goto(`${orgPath}/settings/members`);
  const memberEmail = uniqueEmail("mfa-member");
  await page.getByLabel("Their email").fill(memberEmail);
  await page.getByLabel("Role", { exact: true }).selectOption("ASSESSOR");
  await page.getByRole("button", { name: "Create invitation link" }).click();
  const link = await page.getByLabel("Invitation link").inputValue();
  const memberContext = await browser.newContext();
  const member = await memberContext.newPage();
  await member.goto(link);
  await member.getByLabel("Your name").fill("Mel Member");
  await member.getByLabel("Password", { exact: true }).fill(STRONG_PASSWORD);
  await member.getByRole("button", { name: "Accept invitation" }).click();
  await expect(member).toHaveURL(new RegExp(`${orgPath}$`));

  await page.getByLabel("Require multi-factor authentication for every member").check();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();

  // The member's next page is enrolment, and nothing else is reachable until it is done.
  await member.goto(orgPath);
  await expect(member).toHaveURL(/\/account\/security$/);
  await expect(member.getByText("Required by Ministry Requiring MFA. Set it up to continue.")).toBeVisible();
  await expect(member).toHaveTitle(/Account security/);
  await expectNoSeriousA11yViolations(member);
  await member.getByRole("button", { name: "Set up multi-factor authentication" }).click();
  const memberSecret = (await member.getByTestId("mfa-secret").innerText()).replace(/\s+/g, "");
  await member.getByLabel("Six-digit code").fill(codeFor(memberSecret));
  await member.getByRole("button", { name: "Turn on" }).click();
  await member.getByRole("button", { name: "I have saved my recovery codes" }).click();
  await expect(member.getByRole("heading", { level: 1, name: organisation })).toBeVisible();
  await memberContext.close();
});
