import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AssessmentStatus } from "@/generated/prisma/enums";
import { storeCurrentContent } from "@/lib/content/snapshot";
import { LAYER_IDS } from "@/lib/content/schema";
import { createAssessment } from "@/lib/assessments/create-assessment";
import { getOrgDashboard, getProgramDashboard } from "@/lib/dashboard/queries";
import { createProgram } from "@/lib/programs/create-program";
import { createAccount, joinAs } from "../support/factories";
import { createTestDatabase } from "../support/test-database";

// A small hand-built organisation whose every aggregate is worked out by hand below:
//   Alpha: approved 2026-01-15 (all layers 1), approved 2026-04-10 (network 3, others 2), a draft.
//   Beta:  a draft only (no approved assessment).
//   Gamma: approved 2026-03-01 (identity 3, APIs all N/A (stored 4), others 2), ISMS must-haves in place.
//   Delta: approved 2026-02-01 (every layer 0).
// Scores: Alpha's latest averages 2.257, Gamma's 2.43, so Alpha is the weaker of the two at level 2.
const NOW = new Date("2026-05-20T12:00:00Z");
const levels = (base: number, overrides: Partial<Record<string, number>> = {}) =>
  Object.fromEntries(LAYER_IDS.map((id) => [id, overrides[id] ?? base])) as Record<string, number>;

describe("dashboard aggregates", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let owner: { userId: string; organisationId: string };
  const ids: Record<string, string> = {};

  async function assessment(options: {
    programId: string;
    title: string;
    status: AssessmentStatus;
    approvedAt?: string;
    levels: Record<string, number>;
    scores?: Record<string, number>;
  }): Promise<string> {
    const targets = Object.fromEntries(LAYER_IDS.map((id) => [id, 3])) as Record<(typeof LAYER_IDS)[number], number>;
    const { id } = await createAssessment({
      userId: owner.userId,
      input: { organisationId: owner.organisationId, programId: options.programId, title: options.title, targets, startFrom: "blank" },
    });
    const approvedAt = options.approvedAt ? new Date(options.approvedAt) : null;
    await database.prisma.assessment.update({ where: { id }, data: { status: options.status, approvedAt } });
    for (const layerId of LAYER_IDS) {
      const level = options.levels[layerId]!;
      await database.prisma.assessmentLayerScore.update({
        where: { assessmentId_layerId: { assessmentId: id, layerId } },
        data: { level, score: options.scores?.[layerId] ?? level, completion: 1 },
      });
    }
    return id;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    const content = await storeCurrentContent(database.prisma);
    owner = await createAccount("ciso");
    const program = async (name: string) =>
      (await createProgram({ userId: owner.userId, input: { organisationId: owner.organisationId, name, platform: "", description: "" } })).id;
    ids.alpha = await program("Alpha");
    ids.beta = await program("Beta");
    ids.gamma = await program("Gamma");
    ids.delta = await program("Delta");

    await assessment({ programId: ids.alpha, title: "Alpha 1", status: "APPROVED", approvedAt: "2026-01-15T10:00:00Z", levels: levels(1) });
    ids.alpha2 = await assessment({
      programId: ids.alpha,
      title: "Alpha 2",
      status: "APPROVED",
      approvedAt: "2026-04-10T10:00:00Z",
      levels: levels(2, { network: 3 }),
      scores: levels(2.1, { network: 3.2 }),
    });
    ids.alphaDraft = await assessment({ programId: ids.alpha, title: "Alpha 3", status: "DRAFT", levels: levels(0) });
    await assessment({ programId: ids.beta, title: "Beta 1", status: "DRAFT", levels: levels(1, { data: 0 }) });
    ids.gamma1 = await assessment({
      programId: ids.gamma,
      title: "Gamma 1",
      status: "APPROVED",
      approvedAt: "2026-03-01T10:00:00Z",
      levels: levels(2, { identity: 3, apis: 4 }),
    });
    await assessment({ programId: ids.delta, title: "Delta 1", status: "APPROVED", approvedAt: "2026-02-01T10:00:00Z", levels: levels(0), scores: levels(0.5) });

    // Gamma's APIs practices are all N/A; Alpha 2 answers one API practice, so its level 2 stays a level.
    const apiPractices = content.practices.filter((p) => p.layer === "apis");
    await database.prisma.answer.createMany({
      data: apiPractices.map((p) => ({
        assessmentId: ids.gamma1!, practiceId: p.id, layerId: "apis", value: "NOT_APPLICABLE" as const, justification: "No APIs", updatedById: owner.userId,
      })),
    });
    await database.prisma.answer.create({
      data: { assessmentId: ids.alpha2!, practiceId: apiPractices[0]!.id, layerId: "apis", value: "FULLY", updatedById: owner.userId },
    });
    const ismsRow = (assessmentId: string, itemId: string) => ({ assessmentId, itemId, status: "IN_PLACE" as const, updatedById: owner.userId });
    await database.prisma.ismsItemStatus.createMany({
      data: [
        ...["ISMS-4.4", "ISMS-6.1.2", "ISMS-9.2", "ISMS-9.3"].map((item) => ismsRow(ids.gamma1!, item)),
        ...["ISMS-4.4", "ISMS-6.1.2", "ISMS-9.2"].map((item) => ismsRow(ids.alpha2!, item)),
      ],
    });

    // Alpha's draft carries the roadmap: network accountable to the program owner, NET-1.1 overridden
    // to the platform provider, data with two Accountable actors (nobody single).
    const draft = ids.alphaDraft!;
    await database.prisma.assessment.update({ where: { id: draft }, data: { roadmapGeneratedAt: new Date("2026-05-01T00:00:00Z") } });
    await database.prisma.raciCell.deleteMany({ where: { assessmentId: draft } });
    await database.prisma.raciCell.createMany({
      data: [
        { assessmentId: draft, rowKey: "network", actorId: "program-owner", role: "A" },
        { assessmentId: draft, rowKey: "network", actorId: "solution-implementing-agency", role: "R" },
        { assessmentId: draft, rowKey: "NET-1.1", actorId: "platform-provider", role: "A" },
        { assessmentId: draft, rowKey: "data", actorId: "program-owner", role: "A" },
        { assessmentId: draft, rowKey: "data", actorId: "infra-provider", role: "A" },
      ],
    });
    const party = await database.prisma.party.create({ data: { assessmentId: draft, name: "Acme SI", actors: ["solution-implementing-agency"] } });
    const item = (practiceId: string, layerId: string, phase: number, status: "OPEN" | "IN_PROGRESS" | "DONE", extra = {}) => ({
      assessmentId: draft, practiceId, layerId, phase, position: 0, status, ...extra,
    });
    await database.prisma.roadmapItem.createMany({
      data: [
        item("NET-1.1", "network", 1, "OPEN", { ownerPartyId: party.id }),
        item("NET-1.2", "network", 1, "IN_PROGRESS"),
        item("NET-1.3", "network", 2, "OPEN", { ownerPartyId: party.id }),
        item("DAT-1.1", "data", 2, "DONE"),
        item("DAT-1.2", "data", 3, "OPEN", { obsolete: true }),
      ],
    });
  });
  afterAll(async () => database.dispose());

  const dashboard = (searchParams: Record<string, string> = {}, userId = owner.userId) =>
    getOrgDashboard({ userId, organisationId: owner.organisationId, searchParams, now: NOW });

  it("puts the weakest program first in the heatmap of latest approved levels, with N/A layers marked", async () => {
    const view = await dashboard();
    expect(view.heatmap.items.map((r) => [r.programName, r.overall])).toEqual([["Delta", 0], ["Alpha", 2], ["Gamma", 2], ["Beta", null]]);
    const alpha = view.heatmap.items[1]!;
    expect(alpha.assessment?.title).toBe("Alpha 2");
    expect(alpha.cells.find((c) => c.layerId === "network")).toEqual({ layerId: "network", level: 3, notApplicable: false });
    expect(alpha.cells.find((c) => c.layerId === "apis")).toEqual({ layerId: "apis", level: 2, notApplicable: false });
    const gamma = view.heatmap.items[2]!;
    expect(gamma.cells.find((c) => c.layerId === "apis")).toEqual({ layerId: "apis", level: 4, notApplicable: true });
    expect(view.heatmap.items[3]!.cells.every((c) => c.level === null)).toBe(true);
    expect(view.distribution).toEqual({
      levels: [{ level: 0, programs: 1 }, { level: 1, programs: 0 }, { level: 2, programs: 2 }, { level: 3, programs: 0 }, { level: 4, programs: 0 }],
      notApplicable: 0,
      notAssessed: 1,
    });
    expect([view.programCount, view.assessedCount]).toEqual([4, 3]);
  });

  it("keeps each assessment's levels in one row, in LAYER_IDS order, with its all-N/A layers flagged", async () => {
    const row = await database.prisma.assessmentLevels.findUniqueOrThrow({ where: { assessmentId: ids.gamma1! } });
    expect(row.levels).toEqual(LAYER_IDS.map((id) => (id === "identity" ? 3 : id === "apis" ? 4 : 2)));
    expect(row.notApplicable).toEqual(LAYER_IDS.map((id) => id === "apis"));
    // A score write moves its own element only.
    await database.prisma.assessmentLayerScore.update({
      where: { assessmentId_layerId: { assessmentId: ids.gamma1!, layerId: "monitoring" } },
      data: { level: 3, score: 3 },
    });
    const after = await database.prisma.assessmentLevels.findUniqueOrThrow({ where: { assessmentId: ids.gamma1! } });
    expect(after.levels).toEqual(LAYER_IDS.map((id) => (id === "identity" || id === "monitoring" ? 3 : id === "apis" ? 4 : 2)));
    await database.prisma.assessmentLayerScore.update({
      where: { assessmentId_layerId: { assessmentId: ids.gamma1!, layerId: "monitoring" } },
      data: { level: 2, score: 2 },
    });
  });

  it("switches to the assessments in progress", async () => {
    const view = await dashboard({ status: "in-progress" });
    expect(view.heatmap.items.map((r) => [r.programName, r.assessment?.title ?? null, r.overall])).toEqual([
      ["Alpha", "Alpha 3", 0],
      ["Beta", "Beta 1", 0],
      ["Delta", null, null],
      ["Gamma", null, null],
    ]);
  });

  it("filters to one layer: its column, its distribution (N/A apart) and its roadmap items", async () => {
    const view = await dashboard({ layer: "apis" });
    expect(view.heatmap.items.map((r) => [r.programName, r.cells])).toEqual([
      ["Delta", [{ layerId: "apis", level: 0, notApplicable: false }]],
      ["Alpha", [{ layerId: "apis", level: 2, notApplicable: false }]],
      ["Gamma", [{ layerId: "apis", level: 4, notApplicable: true }]],
      ["Beta", [{ layerId: "apis", level: null, notApplicable: false }]],
    ]);
    expect(view.distribution.levels.map((l) => l.programs)).toEqual([1, 0, 1, 0, 0]);
    expect([view.distribution.notApplicable, view.distribution.notAssessed]).toEqual([1, 1]);
    expect(view.roadmap.total.total).toBe(0);
    expect((await dashboard({ layer: "network" })).roadmap.total).toEqual({ open: 2, inProgress: 1, done: 0, total: 3 });
  });

  it("applies the certification rule to each program's latest approved levels and ISMS items", async () => {
    const { readiness } = await dashboard();
    expect(readiness.ready.map((p) => p.programName)).toEqual(["Gamma"]);
    expect(readiness.close.map((p) => p.programName)).toEqual(["Alpha"]);
    expect([readiness.notReady, readiness.notAssessed]).toEqual([1, 1]);
  });

  it("trends the mean of each program's then-latest approved levels, month by month", async () => {
    const { trend } = await dashboard({ period: "6m" });
    expect(trend.map((p) => [p.month, p.programs, p.overall, p.layers.network, p.layers.apis])).toEqual([
      ["2025-12", 0, null, null, null],
      ["2026-01", 1, 1, 1, 1],
      ["2026-02", 2, 0.5, 0.5, 0.5],
      ["2026-03", 3, 1, 1, 1.67],
      ["2026-04", 3, 1.33, 1.67, 2],
      ["2026-05", 3, 1.33, 1.67, 2],
    ]);
    const all = await dashboard({ period: "all" });
    expect(all.trend[0]!.month).toBe("2026-01");
  });

  it("counts roadmap progress by phase, owner party and accountable actor, without obsolete items", async () => {
    const { roadmap } = await dashboard();
    expect(roadmap.total).toEqual({ open: 2, inProgress: 1, done: 1, total: 4 });
    expect(roadmap.byPhase.map((p) => [p.key, p.open, p.inProgress, p.done])).toEqual([["1", 1, 1, 0], ["2", 1, 0, 1]]);
    expect(roadmap.byParty.map((p) => [p.label, p.open + p.inProgress, p.total])).toEqual([["Acme SI", 2, 2], ["", 1, 2]]);
    expect(roadmap.byActor.map((a) => [a.label, a.open, a.inProgress, a.done])).toEqual([
      ["Program Owner", 1, 1, 0],
      ["Platform Provider", 1, 0, 0],
      ["", 0, 0, 1],
    ]);
  });

  it("ignores unknown filter values and another organisation's program, with a note", async () => {
    const other = await createAccount("other-ciso");
    const foreign = await createProgram({ userId: other.userId, input: { organisationId: other.organisationId, name: "Foreign", platform: "", description: "" } });
    const view = await dashboard({ program: foreign.id, layer: "kernel", status: "maybe", period: "5y", page: "-1" });
    expect(view.ignored.sort()).toEqual(["layer", "page", "period", "program", "status"]);
    expect(view.filters).toEqual({ status: "approved", period: "12m", page: 1 });
    expect(view.programCount).toBe(4);
    // Nothing of the other organisation shows up in its own dashboard either.
    const theirs = await getOrgDashboard({ userId: other.userId, organisationId: other.organisationId, searchParams: {}, now: NOW });
    expect(theirs.heatmap.items.map((r) => r.programName)).toEqual(["Foreign"]);
    await expect(getOrgDashboard({ userId: other.userId, organisationId: owner.organisationId, searchParams: {} })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("narrows to one program, for viewers too, and gives the program page its trend, radar and roadmap", async () => {
    const viewer = await joinAs({ organisationId: owner.organisationId, label: "viewer", role: "VIEWER" });
    const view = await dashboard({ program: ids.alpha! }, viewer.userId);
    expect(view.heatmap.items.map((r) => r.programName)).toEqual(["Alpha"]);
    expect(view.trend.at(-1)).toMatchObject({ programs: 1, overall: 2 });
    const page = await getProgramDashboard({ userId: viewer.userId, organisationId: owner.organisationId, programId: ids.alpha!, searchParams: { period: "6m" }, now: NOW });
    expect(page.radar?.title).toBe("Alpha 2");
    expect(page.radar?.layers.find((l) => l.layerId === "network")).toMatchObject({ level: 3, target: 3 });
    expect(page.trend.map((p) => p.overall)).toEqual([null, 1, 1, 1, 2, 2]);
    expect(page.roadmap.total.total).toBe(4);
    const other = await createAccount("outsider");
    await expect(
      getProgramDashboard({ userId: owner.userId, organisationId: owner.organisationId, programId: (await createProgram({ userId: other.userId, input: { organisationId: other.organisationId, name: "X", platform: "", description: "" } })).id, searchParams: {} }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  // Last: it edits the roadmap the cases above count. The counts are kept by database triggers, so
  // each kind of write they depend on is made here through Prisma, as the app makes it.
  it("keeps roadmap progress in step with item, RACI and party writes", async () => {
    const draft = ids.alphaDraft!;
    const progress = async () => (await dashboard()).roadmap;
    await database.prisma.roadmapItem.update({ where: { assessmentId_practiceId: { assessmentId: draft, practiceId: "NET-1.2" } }, data: { status: "DONE" } });
    expect((await progress()).byPhase.map((p) => [p.key, p.open, p.inProgress, p.done])).toEqual([["1", 1, 0, 1], ["2", 1, 0, 1]]);

    // The data row's second Accountable goes: the program owner is now accountable for DAT-1.1.
    await database.prisma.raciCell.delete({ where: { assessmentId_rowKey_actorId: { assessmentId: draft, rowKey: "data", actorId: "infra-provider" } } });
    expect((await progress()).byActor.map((a) => [a.label, a.open, a.inProgress, a.done])).toEqual([
      ["Platform Provider", 1, 0, 0],
      ["Program Owner", 1, 0, 2],
    ]);

    const party = await database.prisma.party.findFirstOrThrow({ where: { assessmentId: draft, name: "Acme SI" } });
    await database.prisma.party.update({ where: { id: party.id }, data: { name: "Acme Systems" } });
    expect((await progress()).byParty.map((p) => [p.label, p.total])).toEqual([["Acme Systems", 2], ["", 2]]);
    // A deleted party's items lose their owner (ON DELETE SET NULL).
    await database.prisma.party.delete({ where: { id: party.id } });
    expect((await progress()).byParty.map((p) => [p.label, p.total])).toEqual([["", 4]]);

    await database.prisma.roadmapItem.delete({ where: { assessmentId_practiceId: { assessmentId: draft, practiceId: "NET-1.3" } } });
    expect((await progress()).total).toEqual({ open: 1, inProgress: 0, done: 2, total: 3 });
    expect((await dashboard({ layer: "network" })).roadmap.total).toEqual({ open: 1, inProgress: 0, done: 1, total: 2 });
  });
});
