import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveAnswer } from "@/lib/answers/save-answer";
import { createAssessment } from "@/lib/assessments/create-assessment";
import { getAssessmentOverview, getLayerQuestionnaire } from "@/lib/assessments/queries";
import { transitionAssessment } from "@/lib/assessments/transition-assessment";
import { addComment } from "@/lib/comments/add-comment";
import { getContentModel } from "@/lib/content/load";
import { LAYER_IDS } from "@/lib/content/schema";
import { AppError } from "@/lib/errors";
import { createTestDatabase } from "../support/test-database";
import { createAccount, createAssessmentFor, joinAs } from "../support/factories";

const content = getContentModel();
const targets = Object.fromEntries(LAYER_IDS.map((id) => [id, 2])) as Record<(typeof LAYER_IDS)[number], number>;

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function answerAll(userId: string, assessmentId: string, value: "FULLY" | "NOT_IMPLEMENTED" = "FULLY") {
  for (const practice of content.practices) {
    await saveAnswer({ userId, input: { assessmentId, practiceId: practice.id, value, version: 0 } });
  }
}

describe("assessments", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.dispose());

  it("pins the content version and stores targets and initial scores", async () => {
    const admin = await createAccount("pin");
    const { assessmentId } = await createAssessmentFor(admin);
    const row = await database.prisma.assessment.findUniqueOrThrow({ where: { id: assessmentId }, include: { targets: true, layerScores: true } });
    expect(row.contentVersion).toBe(content.version);
    expect(row.targets).toHaveLength(7);
    expect(row.layerScores.map((s) => s.level)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(await database.prisma.contentVersion.count({ where: { version: content.version } })).toBe(1);
  });

  it("saves with optimistic versions: a stale save is a conflict carrying the current answer", async () => {
    const admin = await createAccount("conflict");
    const { assessmentId } = await createAssessmentFor(admin);
    const colleague = await joinAs({ organisationId: admin.organisationId, label: "colleague", role: "ASSESSOR" });
    const first = await saveAnswer({ userId: admin.userId, input: { assessmentId, practiceId: "NET-1.1", value: "PARTIALLY", notes: "firewall only", version: 0 } });
    expect(first.version).toBe(1);
    const second = await saveAnswer({ userId: colleague.userId, input: { assessmentId, practiceId: "NET-1.1", value: "FULLY", version: 1 } });
    expect(second.version).toBe(2);

    const stale = await errorOf(saveAnswer({ userId: admin.userId, input: { assessmentId, practiceId: "NET-1.1", value: "NOT_IMPLEMENTED", version: 1 } }));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.details?.server).toMatchObject({ value: "FULLY", version: 2, updatedBy: "User colleague" });
    const raceOnCreate = await errorOf(saveAnswer({ userId: admin.userId, input: { assessmentId, practiceId: "NET-1.1", value: "FULLY", version: 0 } }));
    expect(raceOnCreate.code).toBe("CONFLICT");

    const stored = await database.prisma.answer.findFirstOrThrow({ where: { assessmentId, practiceId: "NET-1.1" } });
    expect(stored).toMatchObject({ value: "FULLY", version: 2, updatedById: colleague.userId });
  });

  it("refuses unknown practices and answers from viewers and reviewers, changing nothing", async () => {
    const admin = await createAccount("refuse");
    const { assessmentId } = await createAssessmentFor(admin);
    expect((await errorOf(saveAnswer({ userId: admin.userId, input: { assessmentId, practiceId: "NET-9.9", value: "FULLY", version: 0 } }))).messageKey).toBe("unknownPractice");
    for (const role of ["VIEWER", "REVIEWER"] as const) {
      const member = await joinAs({ organisationId: admin.organisationId, label: role, role });
      expect((await errorOf(saveAnswer({ userId: member.userId, input: { assessmentId, practiceId: "NET-1.1", value: "FULLY", version: 0 } }))).code).toBe("FORBIDDEN");
    }
    expect(await database.prisma.answer.count({ where: { assessmentId } })).toBe(0);
  });

  it("keeps scores in step: one layer Fully up to level 2 reaches level 2", async () => {
    const admin = await createAccount("score");
    const { assessmentId } = await createAssessmentFor(admin);
    for (const practice of content.practices.filter((p) => p.layer === "identity")) {
      const value = practice.level <= 2 ? "FULLY" : "NOT_IMPLEMENTED";
      await saveAnswer({ userId: admin.userId, input: { assessmentId, practiceId: practice.id, value, version: 0 } });
    }
    const overview = await getAssessmentOverview({ userId: admin.userId, organisationId: admin.organisationId, assessmentId });
    expect(overview.layers.find((l) => l.id === "identity")).toMatchObject({ level: 2, completion: 1 });
    expect(overview.overall.level).toBe(0);
    const stored = await database.prisma.assessmentLayerScore.findUniqueOrThrow({ where: { assessmentId_layerId: { assessmentId, layerId: "identity" } } });
    expect(stored.level).toBe(2);
  });

  it("runs the lifecycle with its permissions, and locks approved assessments", async () => {
    const admin = await createAccount("lifecycle");
    const assessor = await joinAs({ organisationId: admin.organisationId, label: "assessor", role: "ASSESSOR" });
    const reviewer = await joinAs({ organisationId: admin.organisationId, label: "reviewer", role: "REVIEWER" });
    const { assessmentId } = await createAssessmentFor(admin);

    const early = await errorOf(transitionAssessment({ userId: assessor.userId, input: { assessmentId, action: "submit" } }));
    expect(early.messageKey).toBe("submissionBlocked");
    await answerAll(assessor.userId, assessmentId);
    expect((await errorOf(transitionAssessment({ userId: reviewer.userId, input: { assessmentId, action: "submit" } }))).code).toBe("FORBIDDEN");
    await transitionAssessment({ userId: assessor.userId, input: { assessmentId, action: "submit" } });

    expect((await errorOf(saveAnswer({ userId: assessor.userId, input: { assessmentId, practiceId: "NET-1.1", value: "PARTIALLY", version: 1 } }))).code).toBe("LOCKED");
    expect((await errorOf(transitionAssessment({ userId: assessor.userId, input: { assessmentId, action: "approve" } }))).code).toBe("FORBIDDEN");
    await addComment({ userId: reviewer.userId, input: { assessmentId, practiceId: "NET-1.1", body: "Which zones?" } });
    await transitionAssessment({ userId: reviewer.userId, input: { assessmentId, action: "return", comment: "Please add evidence for NET-1.1" } });
    await transitionAssessment({ userId: assessor.userId, input: { assessmentId, action: "submit" } });
    await transitionAssessment({ userId: reviewer.userId, input: { assessmentId, action: "approve" } });

    const approved = await database.prisma.assessment.findUniqueOrThrow({ where: { id: assessmentId } });
    expect(approved).toMatchObject({ status: "APPROVED", approvedById: reviewer.userId });
    expect((await errorOf(saveAnswer({ userId: admin.userId, input: { assessmentId, practiceId: "NET-1.1", value: "PARTIALLY", version: 1 } }))).code).toBe("LOCKED");
    expect((await errorOf(addComment({ userId: reviewer.userId, input: { assessmentId, practiceId: "NET-1.1", body: "late" } }))).code).toBe("LOCKED");
    expect((await errorOf(transitionAssessment({ userId: reviewer.userId, input: { assessmentId, action: "approve" } }))).code).toBe("CONFLICT");
    const questionnaire = await getLayerQuestionnaire({ userId: admin.userId, organisationId: admin.organisationId, assessmentId, layerId: "network" });
    expect(questionnaire.editable).toBe(false);
  });

  it("starts a new assessment from the last approved one, answers to re-confirm", async () => {
    const admin = await createAccount("baseline");
    const { assessmentId, programId } = await createAssessmentFor(admin);
    await answerAll(admin.userId, assessmentId);
    await transitionAssessment({ userId: admin.userId, input: { assessmentId, action: "submit" } });
    await transitionAssessment({ userId: admin.userId, input: { assessmentId, action: "approve" } });
    const next = await createAssessment({
      userId: admin.userId,
      input: { organisationId: admin.organisationId, programId, title: "Reassessment", targets, startFrom: "lastApproved" },
    });
    const answers = await database.prisma.answer.findMany({ where: { assessmentId: next.id } });
    expect(answers).toHaveLength(content.practices.length);
    expect(answers.every((a) => a.needsReconfirmation && a.value === "FULLY")).toBe(true);
    const overview = await getAssessmentOverview({ userId: admin.userId, organisationId: admin.organisationId, assessmentId: next.id });
    expect(overview.blockers).toEqual([{ kind: "needsReconfirmation", count: content.practices.length }]);
    expect((await database.prisma.assessment.findUniqueOrThrow({ where: { id: next.id } })).basedOnId).toBe(assessmentId);
  });

  it("refuses another organisation's programs and assessments as not found", async () => {
    const a = await createAccount("tenant-a");
    const b = await createAccount("tenant-b");
    const { assessmentId, programId } = await createAssessmentFor(a);
    // Run one at a time: started together, a rejection could land before anyone awaits it.
    const checks = [
      () => saveAnswer({ userId: b.userId, input: { assessmentId, practiceId: "NET-1.1", value: "FULLY", version: 0 } }),
      () => transitionAssessment({ userId: b.userId, input: { assessmentId, action: "archive" } }),
      () => addComment({ userId: b.userId, input: { assessmentId, practiceId: "NET-1.1", body: "hi" } }),
      () => getAssessmentOverview({ userId: b.userId, organisationId: b.organisationId, assessmentId }),
      () => getAssessmentOverview({ userId: b.userId, organisationId: a.organisationId, assessmentId }),
      () => createAssessment({ userId: b.userId, input: { organisationId: b.organisationId, programId, title: "x y", targets, startFrom: "blank" } }),
    ];
    for (const check of checks) expect((await errorOf(check())).code).toBe("NOT_FOUND");
    // The URL's organisation must be the assessment's own, even for a member of both.
    await joinAs({ organisationId: a.organisationId, label: "both", role: "VIEWER" });
    expect(await database.prisma.answer.count({ where: { assessmentId } })).toBe(0);
    expect(await database.prisma.comment.count({ where: { assessmentId } })).toBe(0);
  });
});
