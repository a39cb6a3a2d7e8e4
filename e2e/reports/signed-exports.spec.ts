import { expect, test } from "@playwright/test";
import { DEMO, signIn } from "../support/accounts";
import { expectNoSeriousA11yViolations } from "../support/axe";

test("an exported file verifies as authentic on the public page; an altered one and a foreign code do not", async ({ page, browser }) => {
  await signIn(page, DEMO.assessor);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Programs" }).click();
  await page.getByRole("link", { name: "State property tax on DIGIT" }).click();
  await page.getByRole("link", { name: "Baseline 2025" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Baseline 2025" })).toBeVisible();

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Whole assessment (JSON)" }).click();
  const download = await downloading;
  const path = await download.path();
  const { readFile } = await import("node:fs/promises");
  const bytes = await readFile(path);
  const code = (JSON.parse(bytes.toString("utf8")) as { verification: { code: string } }).verification.code;
  expect(code).toMatch(/^LW-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

  // The verifier needs no account.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto("/verify");
  await visitor.getByLabel("Exported file").setInputFiles({ name: download.suggestedFilename(), mimeType: "application/json", buffer: bytes });
  await visitor.getByRole("button", { name: "Check file" }).click();
  await expect(visitor.getByText("Authentic and unaltered", { exact: true })).toBeVisible();
  await expect(visitor.getByText("Baseline 2025").first()).toBeVisible();
  await expectNoSeriousA11yViolations(visitor);

  const altered = Buffer.from(bytes.toString("utf8").replace('"FULLY"', '"LARGELY"'));
  await visitor.getByLabel("Exported file").setInputFiles({ name: "altered.json", mimeType: "application/json", buffer: altered });
  await visitor.getByRole("button", { name: "Check file" }).click();
  await expect(visitor.getByText("Not authentic: the file was modified", { exact: true })).toBeVisible();

  await visitor.getByRole("textbox", { name: "Verification code" }).fill("LW-0000-0000-0000");
  await visitor.getByRole("button", { name: "Check code" }).click();
  await expect(visitor.getByText(/^Not (authentic: not from this instance|a valid verification code)$/)).toBeVisible();
});
