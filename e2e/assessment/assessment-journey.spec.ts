import { expect, test, type Locator, type Page } from "@playwright/test";
import { DEMO, signIn, signOut } from "../support/accounts";
import { expectNoSeriousA11yViolations } from "../support/axe";

// The demo's "Health ID on MOSIP" draft has every practice answered; Monitoring is at level 0.
async function openDemoDraft(page: Page): Promise<string> {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Programs" }).click();
  await page.getByRole("link", { name: "Health ID on MOSIP" }).click();
  await page.getByRole("link", { name: "First assessment 2026" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "First assessment 2026" })).toBeVisible();
  return new URL(page.url()).pathname;
}

async function answerLayer(page: Page, levelsFully: number) {
  for (const article of await page.locator("article").all()) {
    const id = (await article.getAttribute("id")) ?? "";
    const level = Number(id.split("-")[1]?.split(".")[0]);
    const radio = article.getByRole("radio", { name: level <= levelsFully ? "Fully" : "Not implemented", exact: true });
    if (await radio.isChecked()) continue;
    await radio.check();
    await expect(article.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  }
}

// The evidence and comments panel opens by itself when it has content; open it otherwise.
async function openDiscussion(article: Locator) {
  const summary = article.getByText(/Evidence \(\d+\) and comments/);
  const open = await summary.locator("..").evaluate((details) => (details as HTMLDetailsElement).open);
  if (!open) await summary.click();
}

test("an assessor answers a layer, adds evidence and submits; a reviewer returns then approves; the baseline carries over", async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signIn(page, DEMO.assessor);
  const assessmentPath = await openDemoDraft(page);

  await page.getByRole("link", { name: "Monitoring" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Monitoring" })).toBeVisible();
  await answerLayer(page, 2);

  const first = page.locator("article").first();
  await openDiscussion(first);
  await first.getByLabel("File to upload").setInputFiles({
    name: "siem-architecture.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"),
  });
  await first.getByLabel("What it shows").fill("Log pipeline architecture");
  await first.getByRole("button", { name: "Add evidence" }).click();
  await expect(first.getByRole("link", { name: "siem-architecture.pdf" })).toBeVisible();

  await first.getByRole("radio", { name: "Link" }).check();
  await first.getByLabel("Link (https://…)").fill("https://wiki.example.gov/monitoring/runbook");
  await first.getByLabel("What it shows").fill("Alerting runbook");
  await first.getByRole("button", { name: "Add evidence" }).click();
  await expect(first.getByRole("link", { name: "https://wiki.example.gov/monitoring/runbook" })).toBeVisible();

  // A disguised executable is refused by content.
  await first.getByRole("radio", { name: "File" }).check();
  await first.getByLabel("File to upload").setInputFiles({ name: "report.pdf", mimeType: "application/pdf", buffer: Buffer.from("MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00") });
  await first.getByLabel("What it shows").fill("Not really a PDF");
  await first.getByRole("button", { name: "Add evidence" }).click();
  await expect(first.getByText(/not an allowed type/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.goto(`${assessmentPath}/results`);
  await expect(page.getByTestId("layer-row-monitoring").getByRole("cell").nth(1)).toHaveText("2");
  await expectNoSeriousA11yViolations(page);

  await page.goto(assessmentPath);
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByText("In review", { exact: true })).toBeVisible();
  await signOut(page);

  const reviewerContext = await browser.newContext();
  const reviewer = await reviewerContext.newPage();
  await signIn(reviewer, DEMO.reviewer);
  await reviewer.goto(`${assessmentPath}/layers/monitoring`);
  const practice = reviewer.locator("article").first();
  await openDiscussion(practice);
  await practice.getByLabel("Add a comment").fill("Which log sources are not yet collected?");
  await practice.getByRole("button", { name: "Post comment" }).click();
  await expect(practice.getByText("Which log sources are not yet collected?")).toBeVisible();
  await reviewer.goto(assessmentPath);
  await reviewer.getByLabel("Comment for the assessors").fill("Please list the missing log sources in the notes.");
  await reviewer.getByRole("button", { name: "Return to draft" }).click();
  await expect(reviewer.getByText("Draft", { exact: true })).toBeVisible();

  await signIn(page, DEMO.assessor);
  await page.goto(assessmentPath);
  await expect(page.getByText("Please list the missing log sources in the notes.")).toBeVisible();
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByText("In review", { exact: true })).toBeVisible();

  await reviewer.goto(assessmentPath);
  await reviewer.getByRole("button", { name: "Approve" }).click();
  await expect(reviewer.getByText("Approved", { exact: true })).toBeVisible();
  await reviewer.goto(`${assessmentPath}/layers/monitoring`);
  await expect(reviewer.locator("article").first().getByRole("radio", { name: "Fully", exact: true })).toBeDisabled();
  await reviewerContext.close();

  await page.goto(`${assessmentPath}/layers/monitoring`);
  await expect(page.getByText("You can read this questionnaire but not change it.")).toBeVisible();
  await expect(page.locator("article").first().getByRole("radio", { name: "Fully", exact: true })).toBeDisabled();

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Programs" }).click();
  await page.getByRole("link", { name: "Health ID on MOSIP" }).click();
  await page.getByLabel("Assessment title").fill("Reassessment 2027");
  await page.getByLabel("Start from").selectOption("lastApproved");
  await page.getByRole("button", { name: "Start assessment" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Reassessment 2027" })).toBeVisible();
  await page.getByRole("link", { name: "Monitoring" }).click();
  const carried = page.locator("article").first();
  await expect(carried.getByRole("radio", { name: "Fully", exact: true })).toBeChecked();
  await expect(carried.getByText(/Carried over from the last approved assessment/)).toBeVisible();
});
