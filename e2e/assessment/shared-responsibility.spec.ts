import { expect, test, type Page } from "@playwright/test";
import { DEMO, signIn, signOut, STRONG_PASSWORD, uniqueEmail } from "../support/accounts";
import { expectNoSeriousA11yViolations } from "../support/axe";

async function addParty(page: Page, name: string, actors: string[]) {
  const form = page.getByRole("region", { name: "Add a party" });
  await form.getByLabel("Name").fill(name);
  for (const actor of actors) await form.getByRole("checkbox", { name: actor, exact: true }).check();
  await form.getByRole("button", { name: "Add party" }).click();
  await expect(page.getByRole("heading", { level: 3, name })).toBeVisible();
}

function partySection(page: Page, name: string) {
  return page.getByRole("region", { name, exact: true });
}

async function setRaci(page: Page, row: string, actor: string, role: string) {
  await page.getByLabel(`${row}: role of ${actor}`, { exact: true }).selectOption(role);
  await expect(page.getByText("Saved.")).toBeVisible();
}

// Answers every practice of a layer: level 1 Fully, the rest Not implemented.
async function answerLayer(page: Page) {
  for (const article of await page.locator("article").all()) {
    const id = (await article.getAttribute("id")) ?? "";
    const level = Number(id.split("-")[1]?.split(".")[0]);
    await article.getByRole("radio", { name: level <= 1 ? "Fully" : "Not implemented", exact: true }).check();
    await expect(article.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  }
}

test("a lead sets up parties and RACI; the SI answers its practices; the program owner confirms; roadmap and team plan follow", async ({ page, browser }) => {
  test.setTimeout(300_000);
  await signIn(page, DEMO.admin);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Programs" }).click();
  await page.getByLabel("Program name").fill("Land records on DIGIT");
  await page.getByRole("button", { name: "Add program" }).click();
  await page.getByLabel("Assessment title").fill("Shared responsibility 2026");
  await page.getByRole("button", { name: "Start assessment" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Shared responsibility 2026" })).toBeVisible();
  const assessmentPath = new URL(page.url()).pathname;

  // Three parties.
  await page.getByRole("navigation", { name: "Assessment" }).getByRole("link", { name: "Parties" }).click();
  await addParty(page, "State IT Department", ["Program Owner", "Security Team"]);
  await addParty(page, "Acme Systems (SI)", ["Solution Implementing Agency"]);
  await addParty(page, "DIGIT platform team", ["Platform Provider"]);
  await expectNoSeriousA11yViolations(page);

  // The program owner's party: a member; the SI: a guest invited by email.
  await partySection(page, "State IT Department").getByLabel("Member", { exact: true }).selectOption({ label: `Vikram Viewer (${DEMO.viewer})` });
  await partySection(page, "State IT Department").getByRole("button", { name: "Add", exact: true }).click();
  await expect(partySection(page, "State IT Department").getByRole("button", { name: "Remove Vikram Viewer" })).toBeVisible();
  const guestEmail = uniqueEmail("si-engineer");
  const si = partySection(page, "Acme Systems (SI)");
  await si.getByLabel("Email", { exact: true }).fill(guestEmail);
  await si.getByRole("button", { name: "Create invitation link" }).click();
  const invitationLink = await si.getByLabel("Invitation link").inputValue();
  expect(invitationLink).toMatch(/\/invitations\//);

  // RACI: the SI stays Responsible for Application and APIs only. A broken row is flagged first.
  await page.getByRole("navigation", { name: "Assessment" }).getByRole("link", { name: "RACI" }).click();
  await setRaci(page, "APIs", "Program Owner", "");
  await expect(page.getByText("1 row breaks the RACI rules")).toBeVisible();
  await expect(page.getByRole("row", { name: /APIs/ }).getByText("No A: exactly one actor must be Accountable.")).toBeVisible();
  await setRaci(page, "APIs", "Program Owner", "A");
  await setRaci(page, "Data", "Solution Implementing Agency", "C");
  await setRaci(page, "Identity", "Solution Implementing Agency", "C");
  await page.reload();
  await expect(page.getByText("Every row has exactly one Accountable and at least one Responsible actor.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const csv = await page.request.get(`/api/assessments/${assessmentPath.split("/").pop()}/raci.csv`);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toContain("Played by: Acme Systems (SI)");
  await signOut(page);

  // The SI's engineer accepts the invitation and sees only Application and APIs practices.
  const guestContext = await browser.newContext();
  const guest = await guestContext.newPage();
  await guest.goto(invitationLink);
  await guest.getByLabel("Your name").fill("Sam SI");
  await guest.getByLabel("Password", { exact: true }).fill(STRONG_PASSWORD);
  await guest.getByRole("button", { name: "Accept invitation" }).click();
  await expect(guest.getByRole("heading", { level: 2, name: "To answer" })).toBeVisible();
  const routed = guest.getByRole("table", { name: "Practices your party is Responsible for" }).getByRole("row");
  const layers = await routed.locator("td:nth-child(2)").allInnerTexts();
  expect(layers.length).toBeGreaterThan(10);
  expect(new Set(layers)).toEqual(new Set(["Application", "APIs"]));
  await expectNoSeriousA11yViolations(guest);
  // Nothing of the organisation is open to a guest.
  const orgId = assessmentPath.split("/")[2];
  expect((await guest.goto(`/orgs/${orgId}/programs`))?.status()).toBe(404);

  for (const layer of ["application", "apis"]) {
    await guest.goto(`${assessmentPath}/layers/${layer}`);
    await answerLayer(guest);
  }
  await guest.goto(`${assessmentPath}/layers/network`);
  await expect(guest.locator("article").first().getByRole("radio", { name: "Fully", exact: true })).toBeDisabled();
  await guestContext.close();

  // The program owner's participant confirms what the SI answered.
  await signIn(page, DEMO.viewer);
  await page.goto(`${assessmentPath}/my-practices`);
  const toConfirm = page.getByRole("table", { name: "Answered practices your party is Accountable for" });
  const confirmButtons = toConfirm.getByRole("button", { name: /^Confirm / });
  const total = await confirmButtons.count();
  expect(total).toBeGreaterThan(10);
  for (let left = total; left > 0; left -= 1) {
    await confirmButtons.first().click();
    await expect(confirmButtons).toHaveCount(left - 1);
  }
  await expect(toConfirm.getByText("Confirmed by Vikram Viewer")).toHaveCount(total);
  await signOut(page);

  // The lead sees the SI's progress per party.
  await signIn(page, DEMO.admin);
  await page.goto(`${assessmentPath}/parties`);
  const progress = page.getByRole("table", { name: "Practices each party is Responsible for, answered and confirmed" });
  const n = String(layers.length);
  await expect(progress.getByRole("row", { name: /Acme Systems \(SI\)/ }).getByRole("cell")).toHaveText(["Acme Systems (SI)", n, n, n]);

  // The roadmap: the SI's unmet level-2 practices, owned by the SI, in the second phase (every
  // other layer is still at level 0, so level 1 comes first).
  await page.getByRole("navigation", { name: "Assessment" }).getByRole("link", { name: "Roadmap" }).click();
  await page.getByRole("button", { name: "Generate roadmap" }).click();
  const phase2 = page.getByRole("region", { name: /Phase 2 · 3–6 months/ });
  const item = phase2.getByTestId("roadmap-item-APP-2.1");
  await expect(item).toBeVisible();
  await expect(item).toContainText("Acme Systems (SI) (Solution Implementing Agency)");
  await expect(item).toContainText("State IT Department (Security Team)");
  await expect(item.getByLabel("Owner")).toHaveValue(await item.getByLabel("Owner").locator("option", { hasText: "Acme Systems (SI)" }).getAttribute("value") ?? "");
  await expect(page.getByRole("region", { name: /Phase 1 · 0–3 months/ }).getByTestId("roadmap-item-APP-1.1")).toHaveCount(0);
  await expect(page.getByRole("region", { name: /Phase 1 · 0–3 months/ }).getByTestId("roadmap-item-NET-1.1")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The team plan: target level 2 everywhere, one role staffed; the other level 1-2 roles are gaps.
  await page.getByRole("navigation", { name: "Assessment" }).getByRole("link", { name: "Team plan" }).click();
  await page.getByRole("checkbox", { name: /IT Administrator/ }).check();
  await page.getByRole("button", { name: "Save staffed roles" }).click();
  const gaps = page.getByRole("region", { name: "Gaps" });
  await expect(gaps).toContainText("Security Officer / Analyst");
  await expect(gaps).toContainText("Network / System Security Engineer");
  await expect(gaps).not.toContainText("IT Administrator");
  await expect(gaps).not.toContainText("Chief Information Security Officer");
  await expectNoSeriousA11yViolations(page);
});
