import { expect, test } from "@playwright/test";
import { DEMO, signIn, signUp, uniqueEmail } from "../support/accounts";
import { expectNoSeriousA11yViolations } from "../support/axe";

// A CISO reads the demo organisation's dashboard: the heatmap, one layer, then one program's trend.
test("a CISO filters the dashboard to one layer and opens a program's trend from the heatmap", async ({ page }) => {
  await signIn(page, DEMO.reviewer);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();

  const heatmap = page.getByTestId("level-heatmap");
  await expect(heatmap).toBeVisible();
  // Latest approved levels: the property-tax baseline is at level 1 overall. (Health ID's approval
  // depends on whether the assessment journey ran before this spec, so it is not asserted here.)
  await expect(heatmap.getByRole("link", { name: /^State property tax on DIGIT, Network: level 2/ })).toBeVisible();
  await expect(heatmap.getByRole("link", { name: /^State property tax on DIGIT, Overall: level 1/ })).toBeVisible();
  await expect(page.getByRole("region", { name: "Trend of levels" }).getByRole("application")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // One layer: the URL keeps the filter, and the heatmap shows only that column.
  await page.getByLabel("Layer", { exact: true }).selectOption({ label: "Identity" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/[?&]layer=identity/);
  await expect(heatmap.getByRole("columnheader")).toHaveText(["Program", "Identity"]);
  await expect(heatmap.getByRole("link", { name: /^Vaccination certificates on DIVOC, Identity: level 2/ })).toBeVisible();
  await expect(page.getByRole("region", { name: "Level distribution: Identity" })).toBeVisible();

  // The table alternative of the trend carries the same numbers.
  const trend = page.getByRole("region", { name: "Trend of levels" });
  await trend.getByText("Show the numbers as a table").click();
  await expect(trend.getByRole("table", { name: "Trend of levels" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // From the heatmap, by keyboard, to the program and its trend.
  await heatmap.getByRole("link", { name: /^Vaccination certificates on DIVOC, Identity/ }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Vaccination certificates on DIVOC" })).toBeVisible();
  const programTrend = page.getByRole("region", { name: "Trend per layer" });
  await expect(programTrend.getByRole("application")).toBeVisible();
  await programTrend.getByText("Show the numbers as a table").click();
  const rows = programTrend.getByRole("table", { name: "Trend per layer" }).getByRole("row");
  // Overall level 0 after the first approval, 1 after the second.
  await expect(rows.filter({ hasText: /^\d{4}-\d{2}\s*1\s*0\.00/ }).first()).toBeVisible();
  await expect(rows.last()).toContainText("1.00");
  await expect(page.getByRole("region", { name: "Latest against target: Review 2026" })).toBeVisible();
  await expect(page.getByTestId("dashboard-roadmap-summary")).toContainText("in progress");
  await expectNoSeriousA11yViolations(page);
});

test("unknown filter values are ignored with a note, never an error page", async ({ page }) => {
  await signIn(page, DEMO.viewer);
  const orgPath = new URL(page.url()).pathname;
  const response = await page.goto(`${orgPath}/dashboard?layer=kernel&program=someone-elses&period=forever&page=x`);
  expect(response?.status()).toBe(200);
  for (const name of ["Layer", "Program", "Trend period", "Page"]) await expect(page.getByTestId("ignored-filters")).toContainText(name);
  await expect(page.getByTestId("level-heatmap")).toBeVisible();
});

test("a new organisation's dashboard says what to do first", async ({ page }) => {
  await signUp(page, { name: "New CISO", email: uniqueEmail("ciso"), organisation: "Fresh State IT" });
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("region", { name: "Start here" })).toBeVisible();
  await page.getByRole("link", { name: "Add your first program" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Programs" })).toBeVisible();
});
