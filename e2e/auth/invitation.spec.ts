import { expect, test } from "@playwright/test";
import { DEMO, signIn, STRONG_PASSWORD, uniqueEmail } from "../support/accounts";

test("an admin invites a viewer, who accepts once and cannot reach admin pages", async ({ browser, page }) => {
  await signIn(page, DEMO.admin);
  const orgPath = new URL(page.url()).pathname;
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Members" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Members" })).toBeVisible();

  const email = uniqueEmail("viewer");
  await page.getByLabel("Their email").fill(email);
  await page.getByLabel("Role", { exact: true }).selectOption("VIEWER");
  await page.getByRole("button", { name: "Create invitation link" }).click();
  const link = await page.getByLabel("Invitation link").inputValue();
  expect(link).toMatch(/\/invitations\/[A-Za-z0-9_-]{43}$/);
  await expect(page.getByRole("table", { name: "Invitations" }).getByText(email)).toBeVisible();

  const guest = await browser.newContext();
  const invitee = await guest.newPage();
  await invitee.goto(link);
  await expect(invitee.getByRole("heading", { name: "Join Demo State Digital Services" })).toBeVisible();
  await invitee.getByLabel("Your name").fill("Val Viewer");
  await invitee.getByLabel("Password", { exact: true }).fill(STRONG_PASSWORD);
  await invitee.getByRole("button", { name: "Accept invitation" }).click();
  await expect(invitee).toHaveURL(new RegExp(`${orgPath}$`));
  await expect(invitee.getByText("You are signed in as Viewer.")).toBeVisible();
  await expect(invitee.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Members" })).toHaveCount(0);

  await invitee.goto(`${orgPath}/settings/members`);
  await expect(invitee.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();

  // The link is single-use.
  await invitee.goto(link);
  await expect(invitee.getByText("This invitation has already been used. Each link works once.")).toBeVisible();
  await guest.close();
});

test("a made-up invitation link gets a clear message", async ({ page }) => {
  await page.goto("/invitations/not-a-real-invitation-token-at-all");
  await expect(page.getByText("This invitation link is not valid.")).toBeVisible();
});
