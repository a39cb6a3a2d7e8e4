import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveAnswer } from "@/lib/answers/save-answer";
import { getContentModel } from "@/lib/content/load";
import { AppError } from "@/lib/errors";
import { addEvidenceLink } from "@/lib/evidence/add-evidence";
import { buildAssessmentResults } from "@/lib/oscal/build-assessment-results";
import { buildPoam } from "@/lib/oscal/build-poam";
import { toOscalControlId } from "@/lib/oscal/control-ids";
import { loadOscalInput } from "@/lib/oscal/load-oscal-input";
import { assertValidOscal, validateOscal } from "@/lib/oscal/validate-oscal";
import { generateRoadmap } from "@/lib/roadmap/generate-roadmap";
import { updateRoadmapItem } from "@/lib/roadmap/update-roadmap-item";
import { definedUuids, referencedUuids } from "../support/oscal-fixtures";
import { createTestDatabase } from "../support/test-database";
import { createAccount, createAssessmentFor, joinAs } from "../support/factories";

type AnswerValue = "NOT_IMPLEMENTED" | "PARTIALLY" | "LARGELY" | "FULLY" | "NOT_APPLICABLE";
type Account = { userId: string; organisationId: string };

const content = getContentModel();
const NOTE = "Pare-feu «périmétrique» en cours — 日本語 🔐\nsecond line";

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

function expectConsistent(document: unknown) {
  const uuids = definedUuids(document);
  expect(new Set(uuids).size).toBe(uuids.length);
  const defined = new Set(uuids);
  for (const ref of referencedUuids(document)) expect(defined.has(ref), ref).toBe(true);
}

describe("OSCAL exports of a stored assessment", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.dispose());

  async function answer(userId: string, assessmentId: string, practiceId: string, value: AnswerValue, notes?: string) {
    const justification = value === "NOT_APPLICABLE" ? "Hosted by the platform: no network of our own" : undefined;
    await saveAnswer({ userId, input: { assessmentId, practiceId, value, notes, justification, version: 0 } });
  }

  const load = (account: Account, assessmentId: string) =>
    loadOscalInput({ userId: account.userId, organisationId: account.organisationId, assessmentId });

  it("every SP 800-53 id the content maps to has an OSCAL control id", () => {
    const ids = content.practices.flatMap((p) => p.mappings.sp80053);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.filter((id) => toOscalControlId(id) === null)).toEqual([]);
  });

  it("exports a real assessment as valid assessment results and POA&M", async () => {
    const admin = await createAccount("oscal");
    const { assessmentId } = await createAssessmentFor(admin, 2);
    for (const p of content.practices.filter((p) => p.level === 1 && p.id !== "NET-1.4")) {
      await answer(admin.userId, assessmentId, p.id, "FULLY");
    }
    await answer(admin.userId, assessmentId, "NET-1.4", "NOT_IMPLEMENTED", NOTE);
    await answer(admin.userId, assessmentId, "NET-2.1", "LARGELY", "Mostly done");
    await answer(admin.userId, assessmentId, "NET-2.2", "NOT_APPLICABLE");
    const infra = await database.prisma.party.create({
      data: {
        assessmentId,
        name: "Cloud Infra Ltd",
        actors: ["infra-provider"],
        createdAt: new Date(Date.UTC(2026, 0, 1)),
      },
    });
    await addEvidenceLink({
      userId: admin.userId,
      input: { assessmentId, practiceId: "NET-1.4", url: "https://wiki.example.org/network/segmentation", description: "Segmentation design" },
    });
    await generateRoadmap({ userId: admin.userId, input: { assessmentId } });
    const item = await database.prisma.roadmapItem.findUniqueOrThrow({
      where: { assessmentId_practiceId: { assessmentId, practiceId: "NET-1.4" } },
    });
    await updateRoadmapItem({
      userId: admin.userId,
      input: {
        assessmentId,
        itemId: item.id,
        ownerPartyId: infra.id,
        dueDate: "2026-09-30",
        status: "IN_PROGRESS",
        notes: "VPN first",
      },
    });

    const input = await load(admin, assessmentId);
    const stored = await database.prisma.roadmapItem.count({ where: { assessmentId, obsolete: false } });
    expect(input.answers).toHaveLength(content.practices.filter((p) => p.level === 1).length + 2);
    expect(input.roadmap.items).toHaveLength(stored);
    expect(input.roadmap.items.find((i) => i.practiceId === "NET-1.4")).toMatchObject({
      phase: 1,
      phaseLabel: "0-3 months",
      ownerPartyId: infra.id,
      dueDate: "2026-09-30",
      status: "IN_PROGRESS",
    });

    const ar = buildAssessmentResults(input);
    const poam = buildPoam(input);
    expect(validateOscal("assessment-results", ar)).toEqual({ valid: true, errors: [] });
    expect(validateOscal("poam", poam)).toEqual({ valid: true, errors: [] });
    expectConsistent(ar);
    expectConsistent(poam);

    const assessment = await database.prisma.assessment.findUniqueOrThrow({ where: { id: assessmentId } });
    expect(ar["assessment-results"].metadata.version).toBe(assessment.contentVersion);
    const [result] = ar["assessment-results"].results;
    expect(result!.observations).toHaveLength(input.answers.length);
    const net14 = result!.observations!.find((o) => o.title?.startsWith("NET-1.4 "))!;
    expect(net14.methods).toEqual(["EXAMINE", "INTERVIEW"]);
    expect(net14.description).toContain(NOTE);
    const findings = result!.findings!.map((f) => f.target["target-id"]);
    expect(findings).toContain("NET-1.4");
    expect(findings).not.toContain("NET-2.1");
    expect(findings).not.toContain("NET-2.2");
    // Every roadmap item is a gap, and so a risk in both documents.
    expect(result!.risks).toHaveLength(stored);
    const practice = content.practices.find((p) => p.id === "NET-1.4")!;
    const controls = result!["reviewed-controls"]["control-selections"][0]!["include-controls"]!.map(
      (c) => c["control-id"],
    );
    for (const id of practice.mappings.sp80053) expect(controls).toContain(toOscalControlId(id));

    const items = poam["plan-of-action-and-milestones"]["poam-items"];
    expect(items).toHaveLength(stored);
    expect(items[0]!.title).toBe(`NET-1.4 ${practice.title}`);
    expect(items[0]!.props).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: "owner", value: "Cloud Infra Ltd" }),
        expect.objectContaining({ name: "status", value: "in-progress" }),
        expect.objectContaining({ name: "due-date", value: "2026-09-30" }),
      ]),
    );

    // A second export of the same data names every element the same way.
    const again = await load(admin, assessmentId);
    expect(definedUuids(buildAssessmentResults(again))).toEqual(definedUuids(ar));
    expect(definedUuids(buildPoam(again))).toEqual(definedUuids(poam));

    // Approved by a reviewer: the approver is a party and the result ends at approval.
    const reviewer = await joinAs({ organisationId: admin.organisationId, label: "oscal-reviewer", role: "REVIEWER" });
    const approvedAt = new Date();
    await database.prisma.assessment.update({
      where: { id: assessmentId },
      data: { status: "APPROVED", approvedAt, approvedById: reviewer.userId },
    });
    const approved = buildAssessmentResults(
      await load({ ...reviewer, organisationId: admin.organisationId }, assessmentId),
    );
    assertValidOscal("assessment-results", approved);
    expect(approved["assessment-results"].metadata.parties?.map((p) => p.name)).toContain("User oscal-reviewer");
    expect(approved["assessment-results"].results[0]!.end).toBe(approvedAt.toISOString());
  });

  it("exports an assessment with no answers and no roadmap", async () => {
    const admin = await createAccount("oscal-empty");
    const { assessmentId } = await createAssessmentFor(admin, 1);
    const input = await load(admin, assessmentId);
    expect(input.answers).toEqual([]);
    expect(input.roadmap).toEqual({ generatedAt: null, items: [] });
    const ar = buildAssessmentResults(input);
    const poam = buildPoam(input);
    assertValidOscal("assessment-results", ar);
    assertValidOscal("poam", poam);
    expect(ar["assessment-results"].results[0]!.observations).toBeUndefined();
    expect(poam["plan-of-action-and-milestones"]["poam-items"]).toHaveLength(1);
  });

  it("needs reports.export, and another organisation's assessment is not found", async () => {
    const owner = await createAccount("oscal-owner");
    const { assessmentId } = await createAssessmentFor(owner, 1);
    const outsider = await createAccount("oscal-outsider");
    expect((await errorOf(load(outsider, assessmentId))).code).toBe("NOT_FOUND");
    // The outsider's own organisation in the URL does not help, nor does the owner's id with a foreign org.
    expect(
      (await errorOf(load({ userId: owner.userId, organisationId: outsider.organisationId }, assessmentId))).code,
    ).toBe("NOT_FOUND");
    expect((await errorOf(load(owner, "doesnotexist"))).code).toBe("NOT_FOUND");
    const viewer = await joinAs({ organisationId: owner.organisationId, label: "oscal-viewer", role: "VIEWER" });
    expect((await errorOf(load({ ...viewer, organisationId: owner.organisationId }, assessmentId))).code).toBe(
      "FORBIDDEN",
    );
    const reviewer = await joinAs({ organisationId: owner.organisationId, label: "oscal-rev", role: "REVIEWER" });
    await expect(load({ ...reviewer, organisationId: owner.organisationId }, assessmentId)).resolves.toMatchObject({
      assessment: { id: assessmentId },
    });
  });
});
