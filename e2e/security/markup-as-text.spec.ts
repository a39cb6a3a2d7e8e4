import { expect, test, type Page } from "@playwright/test";
import { signUp, uniqueEmail } from "../support/accounts";

// Issue 8: answer text containing markup renders as text, on every page that shows it and in the
// exports. Each payload would set window.__xss (or open a dialog) if it were ever parsed as HTML.
const PAYLOAD = `<script>window.__xss=1</script><img src=x onerror="window.__xss=2"><svg onload="window.__xss=3"></svg>`;

async function expectInert(page: Page) {
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  await expect(page.locator('img[src="x"], svg[onload]')).toHaveCount(0);
}

test("notes, comments, evidence descriptions and party names with markup stay text on screen and in exports", async ({ page }) => {
  test.setTimeout(180_000);
  page.on("dialog", (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
  await signUp(page, { name: "Mark Up", email: uniqueEmail("markup"), organisation: "Markup ministry" });
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Programs" }).click();
  await page.getByLabel("Program name").fill("Registry on DIVOC");
  await page.getByRole("button", { name: "Add program" }).click();
  await page.getByLabel("Assessment title").fill("Markup check");
  await page.getByRole("button", { name: "Start assessment" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Markup check" })).toBeVisible();
  const assessmentPath = new URL(page.url()).pathname;
  const assessmentId = assessmentPath.split("/").pop()!;

  await page.goto(`${assessmentPath}/layers/network`);
  const first = page.locator("article").first();
  await first.getByRole("radio", { name: "Partially", exact: true }).check();
  await first.getByLabel("Notes").fill(PAYLOAD);
  await first.getByLabel("Notes").blur();
  await expect(first.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();

  await first.getByText(/Evidence \(\d+\) and comments/).click();
  await first.getByLabel("Add a comment").fill(PAYLOAD);
  await first.getByRole("button", { name: "Post comment" }).click();
  await first.getByRole("radio", { name: "Link" }).check();
  await first.getByLabel("Link (https://…)").fill("https://evidence.example/policy");
  await first.getByLabel("What it shows").fill(PAYLOAD);
  await first.getByRole("button", { name: "Add evidence" }).click();
  await expect(first.getByText(PAYLOAD)).toHaveCount(2);

  await page.goto(`${assessmentPath}/parties`);
  const form = page.getByRole("region", { name: "Add a party" });
  await form.getByLabel("Name").fill(`Party ${PAYLOAD}`);
  await form.getByRole("checkbox", { name: "Program Owner", exact: true }).check();
  await form.getByRole("button", { name: "Add party" }).click();
  await expect(page.getByRole("heading", { level: 3, name: `Party ${PAYLOAD}` })).toBeVisible();
  await expectInert(page);

  // After a reload everything comes from the server render.
  await page.goto(`${assessmentPath}/layers/network`);
  await expect(page.locator("article").first().getByLabel("Notes")).toHaveValue(PAYLOAD);
  // The server-rendered notes textarea, the comment and the evidence description.
  await expect(page.getByText(PAYLOAD)).toHaveCount(3);
  await expectInert(page);
  for (const view of ["", "/results", "/raci", "/roadmap", "/my-practices"]) {
    await page.goto(`${assessmentPath}${view}`);
    await expectInert(page);
  }

  for (const kind of ["answers.csv", "assessment.json"]) {
    const response = await page.request.get(`/api/assessments/${assessmentId}/exports/${kind}`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-disposition"]).toMatch(/^attachment;/);
    expect(response.headers()["content-type"]).not.toMatch(/html/);
    const text = await response.text();
    expect(text).toContain(kind.endsWith(".csv") ? PAYLOAD.replaceAll('"', '""') : JSON.stringify(PAYLOAD).slice(1, -1));
  }
});
