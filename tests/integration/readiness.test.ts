import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getContentModel } from "@/lib/content/load";
import { sealTextField } from "@/lib/crypto/field-cipher";
import { AppError } from "@/lib/errors";
import { getReadinessPage, loadReadinessReport } from "@/lib/readiness/queries";
import type { TSetIsmsItemStatusInput } from "@/lib/readiness/schema";
import { setIsmsItemStatus } from "@/lib/readiness/set-isms-item-status";
import { createAccount, createAssessmentFor, joinAs } from "../support/factories";
import { createTestDatabase } from "../support/test-database";

type AnswerValue = "NOT_IMPLEMENTED" | "PARTIALLY" | "LARGELY" | "FULLY" | "NOT_APPLICABLE";
type Account = { userId: string; organisationId: string };

const content = getContentModel();

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("ISO/IEC 27001 readiness", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.dispose());

  // Every level-1 and level-2 practice Fully implemented, except IDN-2.1 Partially (so identity
  // stays at level 1), MON-2.4 Largely and APP-2.5 not applicable; levels 3 and 4 unanswered.
  // Every other layer is at level 2.
  async function setup(label: string) {
    const lead = await createAccount(label);
    const { assessmentId } = await createAssessmentFor(lead, 2);
    const special: Record<string, AnswerValue> = {
      "IDN-2.1": "PARTIALLY",
      "MON-2.4": "LARGELY",
      "APP-2.5": "NOT_APPLICABLE",
    };
    await database.prisma.answer.createMany({
      data: content.practices
        .filter((p) => p.level <= 2)
        .map((p) => ({
          assessmentId,
          practiceId: p.id,
          layerId: p.layer,
          value: special[p.id] ?? "FULLY",
          justification: sealTextField({
            table: "Answer",
            column: "justification",
            row: { assessmentId, practiceId: p.id },
            value: p.id === "APP-2.5" ? "No in-house developers" : null,
          }),
          updatedById: lead.userId,
        })),
    });
    return { lead, assessmentId };
  }

  const setStatus = (account: Account, input: Partial<TSetIsmsItemStatusInput> & { assessmentId: string }) =>
    setIsmsItemStatus({
      userId: account.userId,
      input: { itemId: "ISMS-4.4", status: "IN_PLACE", evidence: "", version: 0, ...input },
    });
  const page = (account: Account, assessmentId: string) =>
    getReadinessPage({ userId: account.userId, organisationId: account.organisationId, assessmentId });
  const rows = (assessmentId: string) =>
    database.prisma.ismsItemStatus.findMany({ where: { assessmentId }, orderBy: { itemId: "asc" } });

  it("classifies controls and applies the certification rule to a seeded assessment", async () => {
    const { lead, assessmentId } = await setup("readiness");
    for (const itemId of ["ISMS-4.4", "ISMS-6.1.2", "ISMS-9.2", "ISMS-9.3"]) {
      await setStatus(lead, { assessmentId, itemId, evidence: `${itemId} record` });
    }

    const view = await page(lead, assessmentId);
    expect(view.canEdit).toBe(true);
    expect(view.assessment).toMatchObject({ id: assessmentId, title: "Baseline", status: "DRAFT", approvedAt: null });
    const { report } = view;
    expect(report.contentVersion).toBe(content.version);
    expect(report.layers.map((l) => [l.layerId, l.level])).toEqual([
      ["network", 2],
      ["os-host", 2],
      ["data", 2],
      ["application", 2],
      ["identity", 1],
      ["apis", 2],
      ["monitoring", 2],
    ]);

    const status = (id: string) => report.annexA.controls.find((c) => c.id === id)!;
    expect(report.annexA.controls).toHaveLength(93);
    // MON-1.4 (level 1) is Fully implemented and is A.6.8's only practice.
    expect(status("A.6.8").status).toBe("covered");
    // NET-1.4 and NET-2.4, both Fully.
    expect(status("A.8.21").status).toBe("covered");
    // MON-2.4 Largely counts as met.
    expect(status("A.5.25").status).toBe("covered");
    // IDN-2.1 Partially, DAT-3.1 unanswered.
    expect(status("A.5.3").status).toBe("partly");
    // NET-1.1 and NET-2.1 Fully, NET-3.1 and NET-4.3 unanswered.
    expect(status("A.8.22")).toMatchObject({ status: "partly", applicable: 4, met: 2, unanswered: 2 });
    // Only APP-3.1 (level 3, unanswered); only level-4 practices, all unanswered.
    expect(status("A.5.8").status).toBe("gap");
    expect(status("A.5.7").status).toBe("gap");
    // APP-2.5, its only practice, is not applicable.
    expect(status("A.6.3")).toMatchObject({ status: "not-addressed", allNotApplicable: true });
    // No practice maps to physical controls, nor to the information security policies.
    expect(status("A.7.1")).toMatchObject({ status: "not-addressed", allNotApplicable: false, practices: [] });
    expect(status("A.5.1").status).toBe("not-addressed");
    expect(report.annexA.themes.find((t) => t.theme === "physical")!.counts).toEqual({
      covered: 0,
      partly: 0,
      gap: 0,
      "not-addressed": 14,
      total: 14,
    });

    // Identity is one level short, the four prerequisites are in place: close, not yet recommended.
    expect(report.recommendation).toMatchObject({
      recommended: false,
      readinessStatus: "close",
      failing: ["maturity"],
    });
    expect(report.recommendation.conditions[0]).toMatchObject({
      key: "maturity",
      lowestLevel: 1,
      layersBelow: [{ layerId: "identity", name: "Identity", level: 1 }],
    });
    expect(report.isms.clauses.find((c) => c.clause === "4")).toMatchObject({ status: "partly" });
    expect(report.missingIsmsItems).toHaveLength(content.isms.length - 4);
    expect(report.missingIsmsItems.every((i) => i.blocksCondition === null && i.state === "NOT_RECORDED")).toBe(true);
    const documented = report.isms.clauses.flatMap((c) => c.items).find((i) => i.id === "ISMS-4.4");
    expect(documented).toMatchObject({ state: "IN_PLACE", recordedEvidence: "ISMS-4.4 record" });

    // IDN-2.1 now Fully: identity reaches level 2 and certification is recommended. A.5.3 stays
    // partly: its level-3 practice DAT-3.1 is still unanswered.
    await database.prisma.answer.update({
      where: { assessmentId_practiceId: { assessmentId, practiceId: "IDN-2.1" } },
      data: { value: "FULLY" },
    });
    const after = (await page(lead, assessmentId)).report;
    expect(after.recommendation).toMatchObject({ recommended: true, readinessStatus: "ready", failing: [] });
    expect(after.annexA.controls.find((c) => c.id === "A.5.3")!.status).toBe("partly");

    // Management review only partly done: one condition fails again.
    await setStatus(lead, { assessmentId, itemId: "ISMS-9.3", status: "PARTLY", version: 1 });
    const partly = (await page(lead, assessmentId)).report;
    expect(partly.recommendation).toMatchObject({ readinessStatus: "close", failing: ["auditAndReview"] });
    expect(partly.missingIsmsItems[0]).toMatchObject({
      id: "ISMS-9.3",
      state: "PARTLY",
      blocksCondition: "auditAndReview",
    });
  });

  it("is NOT_FOUND across organisations, and through another organisation's URL", async () => {
    const { lead, assessmentId } = await setup("cross-a");
    const stranger = await createAccount("cross-b");
    expect((await errorOf(page(stranger, assessmentId))).code).toBe("NOT_FOUND");
    expect(
      (await errorOf(getReadinessPage({ userId: stranger.userId, organisationId: lead.organisationId, assessmentId })))
        .code,
    ).toBe("NOT_FOUND");
    // The lead, through an organisation of their own that does not hold the assessment.
    await database.prisma.membership.create({
      data: { userId: lead.userId, organisationId: stranger.organisationId, role: "ADMIN" },
    });
    expect(
      (await errorOf(getReadinessPage({ userId: lead.userId, organisationId: stranger.organisationId, assessmentId })))
        .code,
    ).toBe("NOT_FOUND");
    expect((await errorOf(setStatus(stranger, { assessmentId }))).code).toBe("NOT_FOUND");
    expect(await rows(assessmentId)).toEqual([]);
  });

  it("lets only a lead record ISMS status, only in a draft, and never overwrites silently", async () => {
    const { lead, assessmentId } = await setup("writes");
    // Members of the lead's organisation (each also has an organisation of their own from sign-up).
    const member = async (label: string, role: "ASSESSOR" | "REVIEWER" | "VIEWER") => ({
      userId: (await joinAs({ organisationId: lead.organisationId, label, role })).userId,
      organisationId: lead.organisationId,
    });
    const assessor = await member("writes-assessor", "ASSESSOR");
    const reviewer = await member("writes-reviewer", "REVIEWER");
    const viewer = await member("writes-viewer", "VIEWER");

    const first = await setStatus(lead, { assessmentId, status: "PARTLY", evidence: "  Draft ISMS manual  " });
    expect(first).toMatchObject({ itemId: "ISMS-4.4", status: "PARTLY", evidence: "Draft ISMS manual", version: 1 });
    const second = await setStatus(assessor, {
      assessmentId,
      status: "IN_PLACE",
      evidence: "ISMS manual v1",
      version: 1,
    });
    expect(second).toMatchObject({ status: "IN_PLACE", version: 2 });
    const before = await rows(assessmentId);
    expect(before).toMatchObject([
      { itemId: "ISMS-4.4", status: "IN_PLACE", updatedById: assessor.userId, version: 2 },
    ]);

    // Readers may see the page but not write.
    for (const account of [reviewer, viewer]) {
      expect((await errorOf(setStatus(account, { assessmentId, status: "MISSING", version: 2 }))).code).toBe(
        "FORBIDDEN",
      );
      expect((await page(account, assessmentId)).canEdit).toBe(false);
    }
    // A stale version, or "new" for an item already recorded: CONFLICT with the current version.
    const stale = await errorOf(setStatus(lead, { assessmentId, status: "MISSING", version: 1 }));
    expect(stale).toMatchObject({ code: "CONFLICT", messageKey: "ismsConflict", details: { currentVersion: 2 } });
    expect((await errorOf(setStatus(lead, { assessmentId, status: "MISSING", version: 0 }))).code).toBe("CONFLICT");
    // An item the pinned content does not have.
    const unknown = await errorOf(setStatus(lead, { assessmentId, itemId: "ISMS-99", version: 0 }));
    expect(unknown).toMatchObject({ code: "BAD_INPUT", fieldErrors: { itemId: ["readiness.validation.unknownItem"] } });
    expect(await rows(assessmentId)).toEqual(before);

    // Submitted or approved: locked for everyone, the lead included.
    for (const status of ["IN_REVIEW", "APPROVED"] as const) {
      await database.prisma.assessment.update({ where: { id: assessmentId }, data: { status } });
      const locked = await errorOf(setStatus(lead, { assessmentId, status: "MISSING", version: 2 }));
      expect(locked).toMatchObject({ code: "LOCKED", messageKey: "ismsLocked" });
      expect((await errorOf(setStatus(lead, { assessmentId, itemId: "ISMS-5.1", version: 0 }))).code).toBe("LOCKED");
      expect((await page(lead, assessmentId)).canEdit).toBe(false);
    }
    expect(await rows(assessmentId)).toEqual(before);

    // The approved report still reads, with what was recorded before approval.
    const approved = await page(viewer, assessmentId);
    expect(approved.report.recommendation.conditions[1]).toMatchObject({ key: "documentedIsms", passed: true });
    // A PDF route asks for reports.export, which a viewer lacks.
    const exported = loadReadinessReport({
      userId: viewer.userId,
      organisationId: lead.organisationId,
      assessmentId,
      permission: "reports.export",
    });
    expect((await errorOf(exported)).code).toBe("FORBIDDEN");
  });
});
