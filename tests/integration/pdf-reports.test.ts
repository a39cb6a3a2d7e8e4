import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as verifyRoute } from "@/app/api/verify/route";
import { saveAnswer } from "@/lib/answers/save-answer";
import { getContentModel } from "@/lib/content/load";
import { AppError } from "@/lib/errors";
import { createExport } from "@/lib/export/create-export";
import { exportResponse } from "@/lib/export/download-export";
import { createParty } from "@/lib/parties/manage-parties";
import { loadReadinessReport } from "@/lib/readiness/queries";
import { setIsmsItemStatus } from "@/lib/readiness/set-isms-item-status";
import { generateRoadmap } from "@/lib/roadmap/generate-roadmap";
import { getRoadmapPage } from "@/lib/roadmap/queries";
import { ROADMAP_NOTES_MAX } from "@/lib/roadmap/schema";
import { updateRoadmapItem } from "@/lib/roadmap/update-roadmap-item";
import { findVerificationCodes } from "@/lib/signing/verification-code";
import { verifyStoredExport } from "@/lib/signing/verify-stored-export";
import { createTestDatabase } from "../support/test-database";
import { createAccount, createAssessmentFor } from "../support/factories";

// The PDFs are read back with poppler-utils (pdftotext, pdfinfo), as a recipient's tools would.
type Account = { userId: string; organisationId: string };
type TestDatabase = Awaited<ReturnType<typeof createTestDatabase>>;

const content = getContentModel();
const workDir = mkdtempSync(path.join(tmpdir(), "lw-pdf-"));
let fileCounter = 0;

function pdfFile(bytes: Uint8Array): string {
  const file = path.join(workDir, `report-${++fileCounter}.pdf`);
  writeFileSync(file, bytes);
  return file;
}

// -raw keeps the content stream's order: each table cell's lines stay together.
function pdfText(bytes: Uint8Array): string {
  return execFileSync("pdftotext", ["-raw", "-enc", "UTF-8", pdfFile(bytes), "-"], { encoding: "utf8" });
}

function pdfInfo(bytes: Uint8Array): Record<string, string> {
  const out = execFileSync("pdfinfo", [pdfFile(bytes)], { encoding: "utf8" });
  return Object.fromEntries(
    out
      .split("\n")
      .filter((line) => line.includes(":"))
      .map((line) => [line.slice(0, line.indexOf(":")).trim(), line.slice(line.indexOf(":") + 1).trim()]),
  );
}

const flat = (text: string) => text.replace(/\s+/g, " ");
// Without any whitespace: pdftotext may drop the space where a line wraps ("through a|VPN").
const compact = (text: string) => text.replace(/\s+/g, "");

// Occurrences of a practice id as a whole id (NET-1.1 is not counted inside NET-1.10).
function idCount(text: string, id: string): number {
  return text.match(new RegExp(`(?<![\\w.-])${id.replace(/\./g, "\\.")}(?![\\w.])`, "g"))?.length ?? 0;
}

async function verifyFileByApi(bytes: Uint8Array) {
  const form = new FormData();
  form.set("file", new File([Buffer.from(bytes)], "report.pdf"));
  const response = await verifyRoute(new Request("http://layerwise.test/api/verify", { method: "POST", body: form }));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("signed PDF reports: gap roadmap, executive summary and ISO 27001 readiness", () => {
  let database: TestDatabase;
  let admin: Account;
  let assessmentId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    admin = await createAccount("pdf");
    ({ assessmentId } = await createAssessmentFor(admin, 2));
    const answers: Array<[string, "FULLY" | "LARGELY" | "PARTIALLY" | "NOT_IMPLEMENTED"]> = [
      ["NET-1.1", "FULLY"],
      ["NET-1.2", "LARGELY"],
      ["NET-1.3", "PARTIALLY"],
      ["IDN-1.1", "NOT_IMPLEMENTED"],
      ["DAT-1.1", "FULLY"],
    ];
    for (const [practiceId, value] of answers) {
      await saveAnswer({ userId: admin.userId, input: { assessmentId, practiceId, value, version: 0 } });
    }
    await createParty({
      userId: admin.userId,
      input: { assessmentId, name: "Cloud Infra Ltd", actors: ["infra-provider", "operations-teams"] },
    });
    await createParty({
      userId: admin.userId,
      input: { assessmentId, name: "Acme Systems Integrators", actors: ["solution-implementing-agency"] },
    });
    await generateRoadmap({ userId: admin.userId, input: { assessmentId } });
  });
  afterAll(async () => {
    await database.dispose();
    rmSync(workDir, { recursive: true, force: true });
  });

  const exportAs = (
    kind: "roadmap.pdf" | "summary.pdf" | "readiness.pdf",
    account: Account = admin,
    id = assessmentId,
  ) => createExport({ userId: account.userId, assessmentId: id, kind });

  it("exports the gap roadmap as a signed, paginated PDF with every section", async () => {
    const page = await getRoadmapPage({ ...admin, assessmentId });
    const items = page.phases.flatMap((p) => p.items);
    expect(items.length).toBeGreaterThan(20);
    const first = items[0]!;
    await updateRoadmapItem({
      userId: admin.userId,
      input: {
        assessmentId,
        itemId: first.id,
        ownerPartyId: page.parties[0]!.id,
        dueDate: "2026-06-30",
        status: "IN_PROGRESS",
        notes: "Firewall change CR-1042 is scheduled",
      },
    });

    const file = await exportAs("roadmap.pdf");
    expect(file.contentType).toBe("application/pdf");
    expect(file.fileName).toMatch(/^layerwise-roadmap-baseline-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(Buffer.from(file.bytes.slice(0, 5)).toString("latin1")).toBe("%PDF-");
    expect(exportResponse(file).headers.get("content-type")).toBe("application/pdf");

    const info = pdfInfo(file.bytes);
    const pages = Number(info.Pages);
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(info["Page size"]).toContain("(A4)");
    expect(info.Title).toContain("Property tax on DIGIT");
    expect(info.Author).toBe("Layerwise");
    expect(info.Keywords).toContain(file.code);

    const text = pdfText(file.bytes);
    const oneLine = flat(text);
    for (const heading of [
      "Gap roadmap",
      "Executive summary",
      "Current level and target by layer",
      "Roadmap by phase",
      "Phase 1 · 0–3 months",
      "Shared responsibility (RACI)",
      "Who plays each actor",
      "Team plan",
      "Verify this document",
    ]) {
      expect(oneLine).toContain(heading);
    }
    expect(oneLine).toContain("Property tax on DIGIT");
    expect(oneLine).toContain("Not approved yet");
    expect(oneLine).toContain("Level 0 · Not yet Foundation");
    expect(oneLine).toContain(file.code);
    expect(oneLine).toContain("http://localhost:3000/verify");
    // The running footer: page numbers of the total, date, content version and code on every page.
    expect(text).toContain("Page 1 of");
    expect(text).toContain(`Page ${pages} of ${pages}`);
    for (let n = 1; n <= pages; n++)
      expect(oneLine).toContain(`Verification code ${file.code} · Page ${n} of ${pages}`);
    expect(oneLine).toContain(`Content version ${content.version}`);

    // Every roadmap item, once, with its title; the edited one with its owner, due date and notes.
    for (const item of items) {
      expect(idCount(text, item.practiceId), item.practiceId).toBe(1);
      expect(compact(text)).toContain(compact(`${item.practiceId} ${item.title}`));
    }
    expect(oneLine).toContain("Cloud Infra Ltd due 2026-06-30 In progress");
    expect(oneLine).toContain("Notes: Firewall change CR-1042 is scheduled");
    expect(oneLine).toContain(`Mapped controls: ISO 27001 ${first.mappings.iso27001.join(", ")}`);
    expect(oneLine).toContain(first.evidence[0]!);
    // RACI: the parties that play each actor.
    expect(oneLine).toContain("Infra Provider Cloud Infra Ltd");
    expect(oneLine).toContain("Solution Implementing Agency Acme Systems Integrators");
  });

  it("exports a two-page executive summary with the top risks and actions", async () => {
    const file = await exportAs("summary.pdf");
    const info = pdfInfo(file.bytes);
    expect(info.Pages).toBe("2");
    const text = pdfText(file.bytes);
    const oneLine = flat(text);
    for (const heading of [
      "Executive summary",
      "Levels by layer",
      "Current vs target",
      "Top 5 risks",
      "Top 5 actions",
    ]) {
      expect(oneLine).toContain(heading);
    }
    expect(oneLine).toContain("Property tax on DIGIT");
    for (const layer of content.layers) expect(oneLine).toContain(layer.name);
    expect(text).toContain("Page 1 of 2");
    expect(text).toContain("Page 2 of 2");
    expect(oneLine).toContain(file.code);

    const page = await getRoadmapPage({ ...admin, assessmentId });
    const open = page.phases.flatMap((p) => p.items).filter((i) => i.status !== "DONE");
    // Top actions: the first five open items, in roadmap order.
    const actions = open.slice(0, 5).map((i) => i.practiceId);
    const actionsText = oneLine.slice(oneLine.indexOf("Top 5 actions"));
    const positions = actions.map((id) => actionsText.indexOf(`${id} `));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // Top risks: the highest risk weight among open items comes first.
    const highest = Math.max(...open.map((i) => i.risk));
    const risksText = oneLine.slice(oneLine.indexOf("Top 5 risks"), oneLine.indexOf("Top 5 actions"));
    expect(risksText).toContain(`(${highest}/5)`);
  });

  it("exports the ISO 27001 readiness report: recommendation, clauses 4-10, missing items, all 93 Annex A controls", async () => {
    await setIsmsItemStatus({
      userId: admin.userId,
      input: {
        assessmentId,
        itemId: "ISMS-4.4",
        status: "IN_PLACE",
        evidence: "ISMS manual v2.1 on the intranet",
        version: 0,
      },
    });
    await setIsmsItemStatus({
      userId: admin.userId,
      input: { assessmentId, itemId: "ISMS-6.1.2", status: "PARTLY", evidence: "", version: 0 },
    });
    const { report } = await loadReadinessReport({ ...admin, assessmentId });
    // Hand-computed from the five answers above: no layer reaches level 2, one must-have item is in
    // place, so three of the four conditions fail.
    expect(report.recommendation.readinessStatus).toBe("not-ready");
    expect(report.recommendation.failing).toEqual(["maturity", "riskAssessment", "auditAndReview"]);

    const file = await exportAs("readiness.pdf");
    expect(file.fileName).toMatch(/^layerwise-readiness-baseline-\d{4}-\d{2}-\d{2}\.pdf$/);
    const pages = Number(pdfInfo(file.bytes).Pages);
    expect(pages).toBeGreaterThanOrEqual(5);
    const text = pdfText(file.bytes);
    const oneLine = flat(text);
    for (const heading of [
      "ISO/IEC 27001 readiness report",
      "Certification recommendation",
      "Levels by layer",
      "ISMS readiness, clauses 4 to 10",
      "ISMS items still missing",
      "Annex A coverage",
      "All 93 Annex A controls",
    ]) {
      expect(oneLine).toContain(heading);
    }
    expect(oneLine).toContain("Property tax on DIGIT");
    expect(oneLine).toContain("Not ready yet");
    expect(oneLine).toContain("3 conditions are not met yet.");
    expect(oneLine).toContain("Recorded as in place: ISMS-4.4");
    expect(oneLine).toContain("ISMS manual v2.1 on the intranet");
    for (const layer of report.layers) expect(oneLine).toContain(`${layer.name} Level ${layer.level}`);
    for (const clause of ["4", "5", "6", "7", "8", "9", "10"]) expect(oneLine).toMatch(new RegExp(`Clause ${clause} `));
    // Every Annex A control, once in the full table, and the totals row to the number.
    expect(report.annexA.controls).toHaveLength(93);
    for (const control of report.annexA.controls) expect(idCount(oneLine, control.id)).toBeGreaterThanOrEqual(1);
    const { covered, partly, gap } = report.annexA.totals;
    expect(oneLine).toContain(`All themes ${covered} ${partly} ${gap} ${report.annexA.totals["not-addressed"]} 93`);
    // The missing items list every ISMS item not in place.
    const missing = oneLine.slice(oneLine.indexOf("ISMS items still missing"), oneLine.indexOf("Annex A coverage"));
    for (const item of report.missingIsmsItems) expect(idCount(missing, item.id)).toBeGreaterThanOrEqual(1);
    expect(idCount(missing, "ISMS-4.4")).toBe(0);
    expect(text).toContain(`Page 2 of ${pages}`);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    expect(oneLine).toContain(file.code);
  });

  it("keeps the code findable in the bytes and verifies the file; one changed byte makes it modified", async () => {
    for (const kind of ["roadmap.pdf", "summary.pdf", "readiness.pdf"] as const) {
      const file = await exportAs(kind);
      // The Info dictionary is written uncompressed: the code is in the raw bytes.
      expect(findVerificationCodes(file.bytes)).toEqual([file.code]);
      const authentic = await verifyFileByApi(file.bytes);
      expect(authentic).toMatchObject({
        status: 200,
        body: { outcome: "authentic", authentic: true, code: file.code },
      });
      expect(authentic.body.export).toMatchObject({ kind, programName: "Property tax on DIGIT" });

      const flipped = Uint8Array.from(file.bytes);
      const at = Math.floor(flipped.length / 3);
      flipped[at] = (flipped[at] ?? 0) ^ 0x01;
      const modified = await verifyFileByApi(flipped);
      expect(modified.body).toMatchObject({ outcome: "modified", authentic: false, code: file.code });

      const truncated = await verifyStoredExport({ bytes: file.bytes.slice(0, Math.floor(file.bytes.length / 2)) });
      expect(truncated.authentic).toBe(false);
    }
  });

  it("refuses a PDF of another organisation's assessment, recording nothing", async () => {
    const before = await database.prisma.exportRecord.count();
    const outsider = await createAccount("pdf-outsider");
    expect((await errorOf(exportAs("roadmap.pdf", outsider))).code).toBe("NOT_FOUND");
    expect((await errorOf(exportAs("summary.pdf", outsider))).code).toBe("NOT_FOUND");
    expect((await errorOf(exportAs("readiness.pdf", outsider))).code).toBe("NOT_FOUND");
    expect(await database.prisma.exportRecord.count()).toBe(before);
  });

  it("renders a long roadmap with long notes without splitting rows, and shows the approver", async () => {
    const lead = await createAccount("pdf-long");
    const { assessmentId: longId } = await createAssessmentFor(lead, 4);
    for (let i = 0; i < 4; i++) {
      await createParty({
        userId: lead.userId,
        input: {
          assessmentId: longId,
          name: `Party ${i} with a deliberately long organisation name for wrapping tests, Pvt Ltd`,
          actors: ["solution-implementing-agency", "infra-provider", "platform-provider", "program-owner"],
        },
      });
    }
    await generateRoadmap({ userId: lead.userId, input: { assessmentId: longId } });
    const page = await getRoadmapPage({ ...lead, assessmentId: longId });
    const items = page.phases.flatMap((p) => p.items);
    // Target 4 everywhere and no answers: every practice of the content is a gap.
    expect(items).toHaveLength(content.practices.length);
    const longNote = "Long note. ".repeat(ROADMAP_NOTES_MAX / 11).slice(0, ROADMAP_NOTES_MAX);
    for (const item of items.filter((_, i) => i % 4 === 0)) {
      await updateRoadmapItem({
        userId: lead.userId,
        input: {
          assessmentId: longId,
          itemId: item.id,
          ownerPartyId: page.parties[0]!.id,
          dueDate: "2026-12-31",
          status: "OPEN",
          notes: longNote,
        },
      });
    }
    // Approved by a named user (set directly: approval needs every practice answered).
    await database.prisma.assessment.update({
      where: { id: longId },
      data: { status: "APPROVED", approvedAt: new Date("2026-03-02T10:00:00Z"), approvedById: lead.userId },
    });

    const file = await createExport({ userId: lead.userId, assessmentId: longId, kind: "roadmap.pdf" });
    const pages = Number(pdfInfo(file.bytes).Pages);
    expect(pages).toBeGreaterThan(10);
    const text = pdfText(file.bytes);
    const oneLine = flat(text);
    expect(oneLine).toContain("2026-03-02 by User pdf-long");
    // A row cut in two would repeat nothing but could lose or duplicate an id; each appears once.
    for (const item of items) {
      expect(idCount(text, item.practiceId), item.practiceId).toBe(1);
      expect(compact(text)).toContain(compact(`${item.practiceId} ${item.title}`));
    }
    // Notes are clipped in the PDF (the full text is in the CSV/XLSX/JSON exports).
    expect(oneLine).toContain("Notes: Long note. Long note.");
    expect(oneLine).not.toContain(longNote.trim());
    expect(text).toContain(`Page ${pages} of ${pages}`);
    expect((await verifyFileByApi(file.bytes)).body).toMatchObject({ outcome: "authentic" });

    const summary = await createExport({ userId: lead.userId, assessmentId: longId, kind: "summary.pdf" });
    expect(pdfInfo(summary.bytes).Pages).toBe("2");
  }, 120_000);
});
