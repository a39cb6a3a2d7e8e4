import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";

test("anyone can browse the model, filter by layer and level, and find practices by control", async ({ page }) => {
  await page.goto("/model");
  await expect(page.getByRole("heading", { level: 1, name: "The Layerwise maturity model" })).toBeVisible();
  for (const level of ["Foundation", "Structured", "Proactive", "Optimized"]) {
    await expect(page.getByRole("heading", { level: 3, name: level })).toBeVisible();
  }
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: /Identity practices/ }).click();
  await expect(page).toHaveURL(/layer=identity/);
  await page.getByLabel("Level").selectOption("2");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/layer=identity/);
  await expect(page).toHaveURL(/level=2/);
  const ids = await page.locator("article [data-practice-id]").allTextContents();
  expect(ids.length).toBeGreaterThanOrEqual(3);
  for (const id of ids) expect(id).toMatch(/^IDN-2\.\d+$/);

  await page.getByRole("link", { name: "Clear" }).click();
  await expect(page).toHaveURL(/\/model\/practices$/);
  await page.getByLabel("Mapped control").fill("A.8.15");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByRole("heading", { level: 2, name: /\d+ practices?/ })).toBeVisible();
  const articles = page.locator("article");
  const count = await articles.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) await expect(articles.nth(i).getByRole("link", { name: "A.8.15", exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("unknown filter values are ignored with a visible note", async ({ page }) => {
  await page.goto("/model/practices?layer=quantum&level=9");
  await expect(page.getByText("Some filters in the address were not recognised and were ignored: layer, level.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /\d+ practices/ })).toBeVisible();
});
