import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, signIn } from "../support/accounts";

// What a recipient's tools read from the file (poppler-utils, installed by .ci/run).
function pdfText(file: string): string {
  return execFileSync("pdftotext", ["-raw", "-enc", "UTF-8", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
}

async function downloadPdf(page: Page, linkName: string) {
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: linkName }).click();
  const download = await downloading;
  const file = await download.path();
  return { name: download.suggestedFilename(), file, bytes: await readFile(file) };
}

test("a consultant downloads the roadmap and readiness PDFs of an approved assessment and verifies the roadmap", async ({
  page,
  browser,
}) => {
  await signIn(page, DEMO.assessor);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Programs" }).click();
  await page.getByRole("link", { name: "State property tax on DIGIT" }).click();
  await page.getByRole("link", { name: "Baseline 2025" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Baseline 2025" })).toBeVisible();
  await expect(page.getByText("Approved").first()).toBeVisible();

  const roadmap = await downloadPdf(page, "Gap roadmap (PDF)");
  expect(roadmap.name).toMatch(/^layerwise-roadmap-baseline-2025-\d{4}-\d{2}-\d{2}\.pdf$/);
  expect(roadmap.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const roadmapText = pdfText(roadmap.file);
  expect(roadmapText).toContain("Gap roadmap");
  expect(roadmapText).toContain("State property tax on DIGIT");
  const code = /LW-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(roadmapText)?.[0];
  expect(code).toBeTruthy();

  const readiness = await downloadPdf(page, "ISO 27001 readiness (PDF)");
  expect(readiness.name).toMatch(/^layerwise-readiness-baseline-2025-\d{4}-\d{2}-\d{2}\.pdf$/);
  const readinessText = pdfText(readiness.file);
  expect(readinessText).toContain("ISO/IEC 27001 readiness report");
  expect(readinessText).toContain("Certification recommendation");
  expect(readinessText).toContain("All 93 Annex A controls");

  // The procurement officer, with no account, checks the roadmap file on the public page.
  const officer = await (await browser.newContext()).newPage();
  await officer.goto("/verify");
  await officer
    .getByLabel("Exported file")
    .setInputFiles({ name: roadmap.name, mimeType: "application/pdf", buffer: roadmap.bytes });
  await officer.getByRole("button", { name: "Check file" }).click();
  await expect(officer.getByText("Authentic and unaltered", { exact: true })).toBeVisible();
  await expect(officer.getByText(code!)).toBeVisible();
  await expect(officer.getByText("Baseline 2025").first()).toBeVisible();
});
