import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as verifyRoute } from "@/app/api/verify/route";
import { saveAnswer } from "@/lib/answers/save-answer";
import { getContentModel } from "@/lib/content/load";
import { storeCurrentContent } from "@/lib/content/snapshot";
import { setActiveDatabase } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { createExport } from "@/lib/export/create-export";
import { exportResponse, VERIFICATION_CODE_HEADER } from "@/lib/export/download-export";
import { createParty } from "@/lib/parties/manage-parties";
import { generateRoadmap } from "@/lib/roadmap/generate-roadmap";
import { generateSigningKey, privateKeyPem, sha256Hex, signBytes } from "@/lib/signing/ed25519";
import { exportMessage } from "@/lib/signing/export-message";
import { getInstanceKey, loadInstanceKey } from "@/lib/signing/instance-key";
import { newVerificationCode } from "@/lib/signing/verification-code";
import { verifyStoredExport } from "@/lib/signing/verify-stored-export";
import { validateOscal } from "@/lib/oscal/validate-oscal";
import { createTestDatabase } from "../support/test-database";
import { createAccount, createAssessmentFor, joinAs } from "../support/factories";

type Account = { userId: string; organisationId: string };
type TestDatabase = Awaited<ReturnType<typeof createTestDatabase>>;

const content = getContentModel();
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

function verifyRequest(body: BodyInit, headers: Record<string, string> = {}): Request {
  return new Request("http://layerwise.test/api/verify", { method: "POST", body, headers });
}

async function verifyFileByApi(bytes: Uint8Array, name = "export.bin") {
  const form = new FormData();
  form.set("file", new File([Buffer.from(bytes)], name));
  const response = await verifyRoute(verifyRequest(form));
  return {
    status: response.status,
    body: (await response.json()) as Record<string, unknown> & { export?: Record<string, unknown> },
  };
}

async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

function aboutOf(workbook: ExcelJS.Workbook): Record<string, unknown> {
  const rows = workbook.getWorksheet("About")?.getSheetValues() ?? [];
  return Object.fromEntries(rows.filter(Boolean).map((row) => [String((row as unknown[])[1]), (row as unknown[])[2]]));
}

describe("signed exports and their verification", () => {
  let database: TestDatabase;
  let admin: Account;
  let assessmentId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    admin = await createAccount("exporter");
    ({ assessmentId } = await createAssessmentFor(admin, 2));
    await saveAnswer({
      userId: admin.userId,
      input: {
        assessmentId,
        practiceId: "NET-1.1",
        value: "FULLY",
        notes: "Segmented in 2025, see =ticket 42",
        version: 0,
      },
    });
    await saveAnswer({
      userId: admin.userId,
      input: {
        assessmentId,
        practiceId: "NET-1.2",
        value: "NOT_APPLICABLE",
        justification: "No perimeter of our own",
        version: 0,
      },
    });
    await createParty({
      userId: admin.userId,
      input: { assessmentId, name: "Cloud Infra Ltd", actors: ["infra-provider"] },
    });
    await generateRoadmap({ userId: admin.userId, input: { assessmentId } });
  });
  afterAll(async () => database.dispose());

  const exportAs = (kind: Parameters<typeof createExport>[0]["kind"], account: Account = admin) =>
    createExport({ userId: account.userId, assessmentId, kind });

  it("keeps one instance key in the database, created on first use", async () => {
    const key = await getInstanceKey();
    expect(key.keyId).toMatch(/^[0-9a-f]{16}$/);
    expect((await getInstanceKey()).keyId).toBe(key.keyId);
    const rows = await database.prisma.signingKey.findMany();
    expect(rows.map((r) => r.id)).toEqual([key.keyId]);
    expect(rows[0]?.privateKey).toContain("BEGIN PRIVATE KEY");
  });

  it("exports OSCAL assessment results and POA&M that are schema-valid, signed and verifiable", async () => {
    for (const [kind, model, root] of [
      ["oscal-results.json", "assessment-results", "assessment-results"],
      ["oscal-poam.json", "poam", "plan-of-action-and-milestones"],
    ] as const) {
      const file = await exportAs(kind);
      const document = JSON.parse(text(file.bytes)) as Record<string, { metadata: { props?: Array<{ name: string; value: string }> } }>;
      expect(validateOscal(model, document)).toEqual({ valid: true, errors: [] });
      expect(document[root]?.metadata.props).toContainEqual(expect.objectContaining({ name: "verification-code", value: file.code }));
      const { body } = await verifyFileByApi(file.bytes, file.fileName);
      expect(body).toMatchObject({ outcome: "authentic" });
    }
  });

  it("exports the answers as CSV, records it, and verifies the file as authentic", async () => {
    const file = await exportAs("answers.csv");
    const csv = text(file.bytes);
    expect(csv.split("\r\n")[0]).toBe(
      "Layer,Practice id,Practice,Level,Answer,Justification,Notes,Needs reconfirmation",
    );
    expect(csv).toContain("Segmented in 2025, see =ticket 42");
    expect(csv).toContain(`Verification code,${file.code},`);
    expect(csv.trimEnd().split("\r\n")).toHaveLength(content.practices.length + 2);

    const record = await database.prisma.exportRecord.findUniqueOrThrow({ where: { code: file.code } });
    expect(record).toMatchObject({
      assessmentId,
      organisationId: admin.organisationId,
      kind: "answers.csv",
      sha256: sha256Hex(file.bytes),
      keyId: file.keyId,
      createdById: admin.userId,
    });
    expect(record.createdAt.toISOString()).toBe(file.createdAt.toISOString());

    const response = exportResponse(file);
    expect(response.headers.get(VERIFICATION_CODE_HEADER)).toBe(file.code);
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="layerwise-answers-baseline-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    expect(response.headers.get("cache-control")).toContain("no-store");

    const { status, body } = await verifyFileByApi(file.bytes, file.fileName);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      outcome: "authentic",
      authentic: true,
      code: file.code,
      title: "Authentic and unaltered",
    });
    expect(body.export).toMatchObject({
      assessmentTitle: "Baseline",
      programName: "Property tax on DIGIT",
      organisationName: "Org exporter",
      kind: "answers.csv",
      fileName: file.fileName,
      keyId: file.keyId,
      createdAt: file.createdAt.toISOString(),
    });
  });

  it("finds one flipped byte modified, and a truncated file not authentic, with the reason", async () => {
    const file = await exportAs("answers.csv");
    const flipped = Uint8Array.from(file.bytes);
    flipped[100] = (flipped[100] ?? 0) ^ 0x01;
    const modified = await verifyFileByApi(flipped);
    expect(modified.body).toMatchObject({ outcome: "modified", authentic: false, code: file.code });
    expect(String(modified.body.reason)).toContain("content differs");

    const cut = await verifyFileByApi(file.bytes.slice(0, Math.floor(file.bytes.length / 2)));
    expect(cut.status).toBe(200);
    expect(cut.body).toMatchObject({ outcome: "unreadable", authentic: false, code: null });
    expect(String(cut.body.reason)).toContain("altered or truncated");

    // Cut short but with the code kept (the end removed from the middle): still modified.
    const text = Buffer.from(file.bytes).toString("utf8");
    const lastLine = text.lastIndexOf("Verification code");
    const shortened = await verifyFileByApi(new TextEncoder().encode(text.slice(0, 200) + text.slice(lastLine)));
    expect(shortened.body).toMatchObject({ outcome: "modified", code: file.code });
  });

  it("answers a typed code: registered, unknown, or malformed, never an error", async () => {
    const file = await exportAs("roadmap.csv");
    const ask = async (body: BodyInit, type: string) => {
      const response = await verifyRoute(verifyRequest(body, { "content-type": type }));
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };
    expect(await ask(JSON.stringify({ code: file.code.toLowerCase() }), "application/json")).toMatchObject({
      status: 200,
      body: { outcome: "registered", code: file.code, sha256: file.sha256 },
    });
    expect(
      await ask(new URLSearchParams({ code: newVerificationCode() }).toString(), "application/x-www-form-urlencoded"),
    ).toMatchObject({
      status: 200,
      body: { outcome: "unknownCode", authentic: false },
    });
    expect(await ask(JSON.stringify({ code: "hello world" }), "application/json")).toMatchObject({
      status: 200,
      body: { outcome: "malformedCode", authentic: false },
    });
    const missing = await ask(JSON.stringify({}), "application/json");
    expect(missing.status).toBe(400);
    const empty = await verifyRoute(verifyRequest(new FormData()));
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as { error: { message: string } }).error.message).toBe(
      "Upload a file or enter a verification code.",
    );
    const tooLarge = await verifyRoute(
      verifyRequest("x", {
        "content-type": "multipart/form-data; boundary=x",
        "content-length": String(30 * 1024 * 1024),
      }),
    );
    expect(tooLarge.status).toBe(400);
  });

  it("says a file exported by another instance (another key) is not from this one", async () => {
    const other = await createTestDatabase();
    try {
      await storeCurrentContent(other.prisma);
      const stranger = await createAccount("elsewhere");
      const elsewhere = await createAssessmentFor(stranger, 2);
      const foreign = await createExport({
        userId: stranger.userId,
        assessmentId: elsewhere.assessmentId,
        kind: "answers.csv",
      });
      expect(foreign.keyId).not.toBe((await database.prisma.signingKey.findFirstOrThrow()).id);
      setActiveDatabase(database);
      const { body } = await verifyFileByApi(foreign.bytes);
      expect(body).toMatchObject({ outcome: "unknownCode", authentic: false, code: foreign.code });
      expect(String(body.title)).toContain("not from this instance");
    } finally {
      setActiveDatabase(database);
      await other.dispose();
    }
  });

  it("catches a tampered record or a record signed by a key the instance does not hold", async () => {
    const file = await exportAs("answers.csv");
    await database.prisma.exportRecord.update({
      where: { code: file.code },
      data: { createdAt: new Date(file.createdAt.getTime() - 86_400_000) },
    });
    expect(await verifyStoredExport({ bytes: file.bytes })).toMatchObject({
      outcome: "signatureInvalid",
      authentic: false,
    });

    const forger = generateSigningKey();
    const bytes = new TextEncoder().encode(`forged\r\n`);
    const fields = {
      code: newVerificationCode(),
      assessmentId,
      organisationId: admin.organisationId,
      kind: "answers.csv",
      sha256: sha256Hex(bytes),
      createdAt: new Date(),
    };
    await database.prisma.exportRecord.create({
      data: {
        ...fields,
        fileName: "forged.csv",
        keyId: forger.keyId,
        createdById: admin.userId,
        signature: signBytes({ privateKey: forger.privateKey, message: exportMessage(fields) }),
      },
    });
    expect(await verifyStoredExport({ bytes })).toMatchObject({ outcome: "signatureInvalid" });
  });

  it("refuses another organisation's export, and a member without the export right, recording nothing", async () => {
    const before = await database.prisma.exportRecord.count();
    const outsider = await createAccount("outsider");
    expect((await errorOf(exportAs("assessment.json", outsider))).code).toBe("NOT_FOUND");
    expect((await errorOf(exportAs("answers.xlsx", outsider))).code).toBe("NOT_FOUND");
    const viewer = await joinAs({ organisationId: admin.organisationId, label: "viewer", role: "VIEWER" });
    expect((await errorOf(exportAs("raci.csv", viewer))).code).toBe("FORBIDDEN");
    expect(await database.prisma.exportRecord.count()).toBe(before);
    const reviewer = await joinAs({ organisationId: admin.organisationId, label: "reviewer", role: "REVIEWER" });
    expect((await exportAs("raci.csv", reviewer)).code).toMatch(/^LW-/);
  });

  it("writes XLSX files that open, with the expected sheets and rows, and verify by their hash", async () => {
    const answers = await exportAs("answers.xlsx");
    const workbook = await readWorkbook(answers.bytes);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Answers", "About"]);
    const sheet = workbook.getWorksheet("Answers");
    expect(sheet?.rowCount).toBe(content.practices.length + 1);
    expect(sheet?.getRow(1).getCell(2).value).toBe("Practice id");
    const net11 = sheet?.getRows(2, content.practices.length)?.find((row) => row.getCell(2).value === "NET-1.1");
    expect(net11?.getCell(5).value).toBe("Fully implemented");
    expect(net11?.getCell(7).value).toBe("Segmented in 2025, see =ticket 42");
    expect(aboutOf(workbook)).toMatchObject({
      "Verification code": answers.code,
      "Signing key id": answers.keyId,
      Assessment: "Baseline",
    });
    expect(workbook.keywords).toBe(answers.code);
    expect((await verifyFileByApi(answers.bytes)).body).toMatchObject({ outcome: "authentic", code: answers.code });

    const roadmap = await exportAs("roadmap.xlsx");
    const items = await database.prisma.roadmapItem.count({ where: { assessmentId, obsolete: false } });
    expect(items).toBeGreaterThan(0);
    const roadmapBook = await readWorkbook(roadmap.bytes);
    expect(roadmapBook.worksheets.map((s) => s.name)).toEqual(["Roadmap", "About"]);
    expect(roadmapBook.getWorksheet("Roadmap")?.rowCount).toBe(items + 1);

    const raci = await exportAs("raci.xlsx");
    const raciBook = await readWorkbook(raci.bytes);
    const raciRows = raciBook.getWorksheet("RACI")?.getSheetValues().filter(Boolean) as unknown[][];
    expect(raciRows.map((row) => row[3])).toEqual(expect.arrayContaining(content.layers.map((l) => l.name)));
    expect(raciRows.some((row) => String(row.at(-1)).includes("Played by: Cloud Infra Ltd"))).toBe(true);
  });

  it("writes the whole assessment as JSON carrying its verification code", async () => {
    const file = await exportAs("assessment.json");
    expect(file.contentType).toContain("application/json");
    const document = JSON.parse(text(file.bytes));
    expect(document.verification).toMatchObject({
      code: file.code,
      keyId: file.keyId,
      generatedAt: file.createdAt.toISOString(),
    });
    expect(document).toMatchObject({
      format: "layerwise-assessment",
      contentVersion: content.version,
      organisation: { name: "Org exporter" },
      program: { name: "Property tax on DIGIT", platform: "DIGIT" },
      assessment: { id: assessmentId, title: "Baseline", status: "DRAFT" },
      parties: [{ name: "Cloud Infra Ltd", actors: ["infra-provider"] }],
    });
    expect(document.answers).toHaveLength(content.practices.length);
    expect(document.answers.find((a: { practiceId: string }) => a.practiceId === "NET-1.2")).toMatchObject({
      value: "NOT_APPLICABLE",
      justification: "No perimeter of our own",
    });
    expect(document.scores.layers.map((l: { layerId: string }) => l.layerId)).toEqual(content.layers.map((l) => l.id));
    expect(Object.values(document.targets)).toEqual(content.layers.map(() => 2));
    expect(document.raci.rows.length).toBeGreaterThanOrEqual(content.layers.length);
    expect(document.roadmap.items.length).toBe(
      await database.prisma.roadmapItem.count({ where: { assessmentId, obsolete: false } }),
    );
    expect(await verifyStoredExport({ bytes: file.bytes })).toMatchObject({ outcome: "authentic" });
    const edited = JSON.stringify({ ...document, assessment: { ...document.assessment, title: "Better" } }, null, 2);
    expect(await verifyStoredExport({ bytes: new TextEncoder().encode(edited) })).toMatchObject({
      outcome: "modified",
      code: file.code,
    });
  });

  it("signs the RACI CSV of the RACI page like every export", async () => {
    const file = await exportAs("raci.csv");
    expect(text(file.bytes)).toContain("Played by: Cloud Infra Ltd");
    expect(text(file.bytes)).toContain(`Verification code,${file.code},`);
    expect(await verifyStoredExport({ bytes: file.bytes })).toMatchObject({ outcome: "authentic" });
  });

  it("switches to a configured key, recording only its public half, and still verifies older exports", async () => {
    const before = await exportAs("answers.csv");
    const configured = generateSigningKey();
    const key = await loadInstanceKey({ prisma: database.prisma, configuredPem: privateKeyPem(configured) });
    expect(key).toMatchObject({ keyId: configured.keyId, source: "configuration" });
    const rows = await database.prisma.signingKey.findMany({ orderBy: { createdAt: "asc" } });
    const stored = rows.find((r) => r.id === configured.keyId);
    expect(stored).toMatchObject({ privateKey: "", retiredAt: null });
    expect(stored?.publicKey).toContain("BEGIN PUBLIC KEY");
    expect(rows.filter((r) => r.id !== configured.keyId).every((r) => r.retiredAt !== null)).toBe(true);
    expect(await verifyStoredExport({ bytes: before.bytes })).toMatchObject({
      outcome: "authentic",
      code: before.code,
    });
  });
});
