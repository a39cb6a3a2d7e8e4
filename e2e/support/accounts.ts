import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "Layerwise-demo-2026";
export const DEMO = {
  admin: "admin@layerwise.example",
  assessor: "assessor@layerwise.example",
  reviewer: "reviewer@layerwise.example",
  viewer: "viewer@layerwise.example",
} as const;

export const STRONG_PASSWORD = "correct horse battery staple 42";

export function uniqueEmail(label: string): string {
  return `${label}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@e2e.example`;
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/orgs\//);
}

export async function signUp(page: Page, options: { name: string; email: string; organisation: string }): Promise<string> {
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(options.name);
  await page.getByLabel("Email").fill(options.email);
  await page.getByLabel("Password", { exact: true }).fill(STRONG_PASSWORD);
  await page.getByLabel("Organisation name").fill(options.organisation);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/orgs\/[a-z0-9]+$/);
  await expect(page.getByRole("heading", { level: 1, name: options.organisation })).toBeVisible();
  return new URL(page.url()).pathname.split("/")[2]!;
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
}
