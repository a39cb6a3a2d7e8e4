import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { getContentModel } from "@/lib/content/load";
import { storeCurrentContent } from "@/lib/content/snapshot";
import { seedDemoIfEmpty } from "@/lib/demo/seed-demo";
import { createTestDatabase } from "../support/test-database";

describe("demo seed", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.dispose());

  it("fills an empty database with a demo organisation, users of every role and assessments", async () => {
    const content = await storeCurrentContent(database.prisma);
    expect(await seedDemoIfEmpty(database, content)).toBe(true);
    const roles = await database.prisma.membership.findMany({ select: { role: true } });
    expect(roles.map((r) => r.role).sort()).toEqual(["ADMIN", "ASSESSOR", "REVIEWER", "VIEWER"]);
    const assessments = await database.prisma.assessment.findMany({ include: { layerScores: true }, orderBy: { createdAt: "asc" } });
    expect(assessments.map((a) => a.status)).toEqual(["APPROVED", "DRAFT", "DRAFT", "APPROVED", "APPROVED"]);
    const baseline = Object.fromEntries(assessments[0]!.layerScores.map((s) => [s.layerId, s.level]));
    expect(baseline).toEqual({ network: 2, "os-host": 1, data: 1, application: 2, identity: 2, apis: 1, monitoring: 1 });
    expect(await database.prisma.answer.count({ where: { assessmentId: assessments[1]!.id, needsReconfirmation: true } })).toBe(getContentModel().practices.length);
    // The reassessment carries the baseline's parties, with the viewer taking part for the SI.
    const parties = await database.prisma.party.findMany({
      where: { assessmentId: assessments[1]!.id },
      include: { participants: { include: { user: { select: { email: true } } } } },
      orderBy: { createdAt: "asc" },
    });
    expect(parties.map((p) => p.name)).toEqual([
      "Municipal Administration Department",
      "Acme Systems (SI)",
      "DIGIT platform team (eGov)",
      "State Data Centre",
    ]);
    expect(parties[1]!.participants.map((p) => p.user.email)).toEqual(["viewer@layerwise.example"]);
    // Its history is in the audit trail from the organisation's creation on, and verifies.
    const [trail] = await verifyAuditChain(database.prisma);
    expect(trail).toMatchObject({ ok: true, organisationId: assessments[0]!.organisationId });
    const first = await database.prisma.auditEvent.findFirstOrThrow({ where: { seq: 1 } });
    expect(first.action).toBe("organisation.create");
  });

  it("gives the dashboard a history: approvals months apart and a roadmap under way", async () => {
    const approved = await database.prisma.assessment.findMany({
      where: { status: "APPROVED" },
      include: { program: { select: { name: true } }, _count: { select: { roadmapItems: true } } },
      orderBy: { approvedAt: "asc" },
    });
    expect(approved.map((a) => [a.program.name, a.title])).toEqual([
      ["Vaccination certificates on DIVOC", "Baseline 2025"],
      ["State property tax on DIGIT", "Baseline 2025"],
      ["Vaccination certificates on DIVOC", "Review 2026"],
    ]);
    const months = (a: Date, b: Date) => (b.getTime() - a.getTime()) / (30 * 24 * 3600 * 1000);
    expect(months(approved[0]!.approvedAt!, approved[2]!.approvedAt!)).toBeGreaterThan(6);
    expect(approved[2]!._count.roadmapItems).toBeGreaterThan(0);
    const statuses = await database.prisma.roadmapItem.groupBy({ by: ["status"], where: { assessmentId: approved[2]!.id }, _count: true });
    expect(statuses.map((s) => s.status).sort()).toEqual(["DONE", "IN_PROGRESS", "OPEN"]);
  });

  it("never seeds a database that has data", async () => {
    expect(await seedDemoIfEmpty(database, getContentModel())).toBe(false);
    expect(await database.prisma.organisation.count()).toBe(1);
  });
});
