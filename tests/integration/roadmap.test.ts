import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveAnswer } from "@/lib/answers/save-answer";
import { getContentModel } from "@/lib/content/load";
import { AppError } from "@/lib/errors";
import { generateRoadmap } from "@/lib/roadmap/generate-roadmap";
import { getRoadmapPage } from "@/lib/roadmap/queries";
import { regenerateRoadmap } from "@/lib/roadmap/regenerate-roadmap";
import { setPhaseRule } from "@/lib/roadmap/set-phase-rule";
import { updateRoadmapItem } from "@/lib/roadmap/update-roadmap-item";
import { getTeamPlanPage } from "@/lib/team-plan/queries";
import { setStaffedRoles } from "@/lib/team-plan/set-staffed-roles";
import { createTestDatabase } from "../support/test-database";
import { createAccount, createAssessmentFor, joinAs } from "../support/factories";

type AnswerValue = "NOT_IMPLEMENTED" | "PARTIALLY" | "LARGELY" | "FULLY" | "NOT_APPLICABLE";
type Account = { userId: string; organisationId: string };

const content = getContentModel();
const NETWORK_GAPS_AT_SETUP = ["NET-1.4", "NET-2.3", "NET-2.4", "NET-2.5"];

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("gap roadmap and team plan", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.dispose());

  async function answer(userId: string, assessmentId: string, practiceId: string, value: AnswerValue) {
    const current = await database.prisma.answer.findUnique({
      where: { assessmentId_practiceId: { assessmentId, practiceId } },
    });
    const justification = value === "NOT_APPLICABLE" ? "No network of our own" : undefined;
    await saveAnswer({
      userId,
      input: { assessmentId, practiceId, value, justification, version: current?.version ?? 0 },
    });
  }

  // Targets 2 everywhere. Every level-1 practice is Fully implemented except NET-1.4, so the network
  // layer is at level 0 and sets the program baseline; NET-2.1 is Largely, NET-2.2 not applicable.
  // The RACI has only a network row (the defaults are replaced); three parties, oldest first.
  async function setup(label: string) {
    const admin = await createAccount(label);
    const { assessmentId, programId } = await createAssessmentFor(admin, 2);
    for (const p of content.practices.filter((p) => p.level === 1 && p.id !== "NET-1.4")) {
      await answer(admin.userId, assessmentId, p.id, "FULLY");
    }
    await answer(admin.userId, assessmentId, "NET-1.4", "NOT_IMPLEMENTED");
    await answer(admin.userId, assessmentId, "NET-2.1", "LARGELY");
    await answer(admin.userId, assessmentId, "NET-2.2", "NOT_APPLICABLE");
    await database.prisma.raciCell.deleteMany({ where: { assessmentId } });
    await database.prisma.raciCell.createMany({
      data: [
        { assessmentId, rowKey: "network", actorId: "infra-provider", role: "R" },
        { assessmentId, rowKey: "network", actorId: "operations-teams", role: "R" },
        { assessmentId, rowKey: "network", actorId: "program-owner", role: "A" },
      ],
    });
    const party = (name: string, actors: string[], second: number) =>
      database.prisma.party.create({
        data: { assessmentId, name, actors, createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, second)) },
      });
    const infra = await party("Cloud Infra Ltd", ["infra-provider"], 1);
    const ops = await party("Ops Co", ["operations-teams", "security-team"], 2);
    const si = await party("SI Corp", ["solution-implementing-agency", "infra-provider"], 3);
    return { admin, assessmentId, programId, parties: { infra: infra.id, ops: ops.id, si: si.id } };
  }

  const page = (account: Account, assessmentId: string) =>
    getRoadmapPage({ userId: account.userId, organisationId: account.organisationId, assessmentId });
  const itemsOf = async (account: Account, assessmentId: string) =>
    (await page(account, assessmentId)).phases.flatMap((phase) => phase.items);
  const itemRow = (assessmentId: string, practiceId: string) =>
    database.prisma.roadmapItem.findUniqueOrThrow({ where: { assessmentId_practiceId: { assessmentId, practiceId } } });
  const edit = (
    account: Account,
    input: Partial<Parameters<typeof updateRoadmapItem>[0]["input"]> & { assessmentId: string; itemId: string },
  ) =>
    updateRoadmapItem({
      userId: account.userId,
      input: { ownerPartyId: "", dueDate: "", status: "OPEN", notes: "", ...input },
    });

  it("lists the gaps up to the targets, foundation first, with phases and default owners", async () => {
    const { admin, assessmentId, parties } = await setup("generate");
    const before = await page(admin, assessmentId);
    expect(before).toMatchObject({ staleness: "neverGenerated", generatedAt: null, canEdit: true });
    expect(before.phases.flatMap((p) => p.items)).toEqual([]);

    const result = await generateRoadmap({ userId: admin.userId, input: { assessmentId } });
    const expected = content.practices
      .filter((p) => (p.level === 1 ? p.id === "NET-1.4" : p.level === 2 && !["NET-2.1", "NET-2.2"].includes(p.id)))
      .map((p) => p.id);
    expect(result.created).toBe(expected.length);

    const view = await page(admin, assessmentId);
    const items = view.phases.flatMap((p) => p.items);
    expect(items.map((i) => i.practiceId).sort()).toEqual([...expected].sort());
    expect(view.staleness).toBeNull();
    expect(view.phaseRule).toEqual({ baseline: "program", escalation: "critical" });

    // The network layer is at level 0: its level-1 gap comes first, in phase 1; level-2 gaps are
    // one level further (phase 2) unless their risk is critical (5), which never waits.
    const first = items.find((i) => i.position === 1);
    expect(first).toMatchObject({ practiceId: "NET-1.4", phase: 1 });
    for (const item of items.filter((i) => i.level === 2)) {
      expect(item.phase, item.practiceId).toBe(item.risk === 5 ? 1 : 2);
    }
    expect(view.phases.map((p) => p.phase)).toEqual([1, 2, 3]);

    // Owners: the oldest party playing a Responsible actor; layers without a RACI row have none.
    for (const item of items) {
      expect(item.ownerPartyId, item.practiceId).toBe(item.layerId === "network" ? parties.infra : null);
    }
    const net = items.find((i) => i.practiceId === "NET-1.4")!;
    const practice = content.practices.find((p) => p.id === "NET-1.4")!;
    expect(net).toMatchObject({
      title: practice.title,
      layerName: "Network",
      answer: "NOT_IMPLEMENTED",
      effort: practice.effort,
      risk: practice.risk,
      ownerName: "Cloud Infra Ltd",
      status: "OPEN",
      mappings: practice.mappings,
      evidence: practice.evidence,
    });
    expect(net.responsible).toEqual([
      { actorId: "infra-provider", actorName: "Infra Provider", parties: ["Cloud Infra Ltd", "SI Corp"] },
      { actorId: "operations-teams", actorName: "Operations Teams", parties: ["Ops Co"] },
    ]);
    expect(net.accountable).toEqual({ actorId: "program-owner", actorName: "Program Owner", parties: [] });

    expect(view.progress.total).toEqual({ open: expected.length, inProgress: 0, done: 0, total: expected.length });
    expect(view.progress.byPhase.find((p) => p.phase === 3)?.total).toBe(0);
    expect(view.progress.byOwner).toEqual([
      { ownerPartyId: parties.infra, ownerName: "Cloud Infra Ltd", open: 4, inProgress: 0, done: 0, total: 4 },
      {
        ownerPartyId: null,
        ownerName: null,
        open: expected.length - 4,
        inProgress: 0,
        done: 0,
        total: expected.length - 4,
      },
    ]);
    expect(
      items
        .filter((i) => i.layerId === "network")
        .map((i) => i.practiceId)
        .sort(),
    ).toEqual(NETWORK_GAPS_AT_SETUP);
  });

  it("starts from the content's default RACI when the assessment has none", async () => {
    const admin = await createAccount("default-raci");
    const { assessmentId } = await createAssessmentFor(admin, 1);
    await database.prisma.raciCell.deleteMany({ where: { assessmentId } });
    const infra = await database.prisma.party.create({
      data: { assessmentId, name: "Infra Co", actors: ["infra-provider"] },
    });
    await generateRoadmap({ userId: admin.userId, input: { assessmentId } });
    const items = await itemsOf(admin, assessmentId);
    expect(items).toHaveLength(content.practices.filter((p) => p.level === 1).length);
    for (const item of items) expect(item.responsible.length, item.practiceId).toBeGreaterThan(0);
    expect(items.find((i) => i.practiceId === "NET-1.2")).toMatchObject({ ownerPartyId: infra.id });
  });

  it("keeps edits of items that still apply, and retires or completes closed ones on regeneration", async () => {
    const { admin, assessmentId, parties } = await setup("merge");
    await generateRoadmap({ userId: admin.userId, input: { assessmentId } });
    const x = await itemRow(assessmentId, "NET-2.3");
    const y = await itemRow(assessmentId, "NET-2.4");
    const z = await itemRow(assessmentId, "NET-2.5");
    const saved = await edit(admin, {
      assessmentId,
      itemId: x.id,
      ownerPartyId: parties.si,
      dueDate: "2026-03-31",
      status: "IN_PROGRESS",
      notes: "  Waiting for the firewall budget  ",
    });
    expect(saved).toMatchObject({
      ownerPartyId: parties.si,
      dueDate: "2026-03-31",
      status: "IN_PROGRESS",
      notes: "Waiting for the firewall budget",
    });
    await edit(admin, {
      assessmentId,
      itemId: y.id,
      ownerPartyId: parties.ops,
      status: "IN_PROGRESS",
      notes: "Half way",
    });
    await edit(admin, { assessmentId, itemId: z.id, ownerPartyId: parties.infra, status: "DONE" });

    await answer(admin.userId, assessmentId, "NET-2.4", "FULLY");
    await answer(admin.userId, assessmentId, "NET-2.5", "LARGELY");
    await answer(admin.userId, assessmentId, "NET-1.1", "PARTIALLY");
    expect((await page(admin, assessmentId)).staleness).toBe("planChanged");

    const result = await generateRoadmap({ userId: admin.userId, input: { assessmentId } });
    expect(result).toMatchObject({ created: 1, completed: 1, retired: 1 });

    expect(await itemRow(assessmentId, "NET-2.3")).toMatchObject({
      id: x.id,
      ownerPartyId: parties.si,
      dueDate: new Date("2026-03-31T00:00:00.000Z"),
      status: "IN_PROGRESS",
      notes: "Waiting for the firewall budget",
      obsolete: false,
    });
    expect(await itemRow(assessmentId, "NET-2.4")).toMatchObject({
      id: y.id,
      obsolete: true,
      notes: "Half way",
      ownerPartyId: parties.ops,
    });
    expect(await itemRow(assessmentId, "NET-2.5")).toMatchObject({ id: z.id, obsolete: false, status: "DONE" });

    const view = await page(admin, assessmentId);
    expect(view.staleness).toBeNull();
    const items = view.phases.flatMap((p) => p.items);
    const ids = items.map((i) => i.practiceId);
    expect(ids).not.toContain("NET-2.4");
    expect(ids.filter((id) => id === "NET-2.5")).toHaveLength(1);
    // The new gap is level 1 and critical: first place, phase 1, default owner.
    expect(items.find((i) => i.practiceId === "NET-1.1")).toMatchObject({
      position: 1,
      phase: 1,
      ownerPartyId: parties.infra,
    });
    // Completed work follows the open plan.
    const open = items.filter((i) => i.status !== "DONE");
    expect(items.find((i) => i.practiceId === "NET-2.5")!.position).toBeGreaterThan(
      Math.max(...open.map((i) => i.position)),
    );
    expect(view.progress.total.done).toBe(1);

    // The gap comes back: the obsolete item is revived with its edits, never duplicated.
    await answer(admin.userId, assessmentId, "NET-2.4", "NOT_IMPLEMENTED");
    await generateRoadmap({ userId: admin.userId, input: { assessmentId } });
    expect(await database.prisma.roadmapItem.count({ where: { assessmentId, practiceId: "NET-2.4" } })).toBe(1);
    expect(await itemRow(assessmentId, "NET-2.4")).toMatchObject({
      id: y.id,
      obsolete: false,
      notes: "Half way",
      status: "IN_PROGRESS",
    });

    // Marked done while the answers still show the gap: flagged, not reopened.
    await edit(admin, { assessmentId, itemId: x.id, ownerPartyId: parties.si, status: "DONE" });
    await generateRoadmap({ userId: admin.userId, input: { assessmentId } });
    const flagged = (await itemsOf(admin, assessmentId)).find((i) => i.practiceId === "NET-2.3");
    expect(flagged).toMatchObject({ status: "DONE", doneButStillGap: true });
  });

  it("creates each item once when two regenerations run at once", async () => {
    const { admin, assessmentId } = await setup("race");
    const results = await Promise.all([
      generateRoadmap({ userId: admin.userId, input: { assessmentId } }),
      generateRoadmap({ userId: admin.userId, input: { assessmentId } }),
    ]);
    const count = await database.prisma.roadmapItem.count({ where: { assessmentId } });
    expect(results.map((r) => r.created).sort((a, b) => a - b)).toEqual([0, count]);
  });

  it("flags answers saved after generation even when the plan is unchanged", async () => {
    const { admin, assessmentId } = await setup("stale");
    await generateRoadmap({ userId: admin.userId, input: { assessmentId } });
    await answer(admin.userId, assessmentId, "NET-2.3", "PARTIALLY");
    expect((await page(admin, assessmentId)).staleness).toBe("answersChanged");
  });

  it("does not find another organisation's roadmap or items, and changes nothing", async () => {
    const { admin, assessmentId } = await setup("owner-org");
    await generateRoadmap({ userId: admin.userId, input: { assessmentId } });
    const item = await itemRow(assessmentId, "NET-2.3");
    const outsider = await createAccount("outsider");
    const own = await createAssessmentFor(outsider);

    const foreign = { assessmentId, itemId: item.id, status: "DONE" as const, notes: "pwned" };
    expect((await errorOf(edit(outsider, foreign))).code).toBe("NOT_FOUND");
    expect((await errorOf(edit(outsider, { ...foreign, assessmentId: own.assessmentId }))).code).toBe("NOT_FOUND");
    expect((await errorOf(generateRoadmap({ userId: outsider.userId, input: { assessmentId } }))).code).toBe(
      "NOT_FOUND",
    );
    expect(
      (
        await errorOf(
          setPhaseRule({ userId: outsider.userId, input: { assessmentId, baseline: "layer", escalation: "none" } }),
        )
      ).code,
    ).toBe("NOT_FOUND");
    expect(
      (
        await errorOf(
          getRoadmapPage({ userId: outsider.userId, organisationId: outsider.organisationId, assessmentId }),
        )
      ).code,
    ).toBe("NOT_FOUND");
    // The right user, but the URL names another organisation.
    expect(
      (await errorOf(getRoadmapPage({ userId: admin.userId, organisationId: outsider.organisationId, assessmentId })))
        .code,
    ).toBe("NOT_FOUND");

    expect(await itemRow(assessmentId, "NET-2.3")).toEqual(item);
    expect(await database.prisma.roadmapItem.count({ where: { assessmentId: own.assessmentId } })).toBe(0);
  });

  it("locks the roadmap of approved and archived assessments, and changes nothing", async () => {
    const { admin, assessmentId } = await setup("locked");
    await database.prisma.assessment.update({ where: { id: assessmentId }, data: { status: "IN_REVIEW" } });
    await generateRoadmap({ userId: admin.userId, input: { assessmentId } });
    const item = await itemRow(assessmentId, "NET-2.3");
    await edit(admin, { assessmentId, itemId: item.id, status: "IN_PROGRESS" });
    const edited = await itemRow(assessmentId, "NET-2.3");
    const generatedAt = (await database.prisma.assessment.findUniqueOrThrow({ where: { id: assessmentId } }))
      .roadmapGeneratedAt;

    for (const status of ["APPROVED", "ARCHIVED"] as const) {
      await database.prisma.assessment.update({ where: { id: assessmentId }, data: { status } });
      const refused = await errorOf(edit(admin, { assessmentId, itemId: item.id, status: "DONE", notes: "late" }));
      expect(refused).toMatchObject({ code: "LOCKED", messageKey: "roadmapLocked", values: { status } });
      expect((await errorOf(generateRoadmap({ userId: admin.userId, input: { assessmentId } }))).code).toBe("LOCKED");
      expect(
        (
          await errorOf(
            setPhaseRule({ userId: admin.userId, input: { assessmentId, baseline: "layer", escalation: "high" } }),
          )
        ).code,
      ).toBe("LOCKED");
      const view = await page(admin, assessmentId);
      expect(view).toMatchObject({ locked: true, canEdit: false });
    }
    expect(await itemRow(assessmentId, "NET-2.3")).toEqual(edited);
    const after = await database.prisma.assessment.findUniqueOrThrow({ where: { id: assessmentId } });
    expect(after.roadmapGeneratedAt).toEqual(generatedAt);
    expect(after.roadmapPhaseRule).toBeNull();
  });

  it("regenerates inside the caller's transaction whatever the status, as approval will", async () => {
    const { admin, assessmentId } = await setup("approval");
    await database.prisma.assessment.update({ where: { id: assessmentId }, data: { status: "APPROVED" } });
    const result = await database.prisma.$transaction((tx) => regenerateRoadmap({ tx, assessmentId, content }));
    expect(result.created).toBeGreaterThan(0);
    const view = await page(admin, assessmentId);
    expect(view).toMatchObject({ staleness: null, locked: true, canEdit: false });
    expect(view.progress.total.total).toBe(result.created);
  });

  it("refuses an owner that is not a party of this assessment, and changes nothing", async () => {
    const { admin, assessmentId } = await setup("foreign-party");
    await generateRoadmap({ userId: admin.userId, input: { assessmentId } });
    const item = await itemRow(assessmentId, "NET-2.3");
    const other = await createAssessmentFor(admin);
    const strayParty = await database.prisma.party.create({
      data: { assessmentId: other.assessmentId, name: "Elsewhere", actors: ["infra-provider"] },
    });

    const refused = await errorOf(
      edit(admin, { assessmentId, itemId: item.id, ownerPartyId: strayParty.id, status: "DONE" }),
    );
    expect(refused.code).toBe("BAD_INPUT");
    expect(refused.fieldErrors).toEqual({ ownerPartyId: ["roadmap.validation.ownerNotAParty"] });
    expect(await itemRow(assessmentId, "NET-2.3")).toEqual(item);

    // An obsolete or unknown item is not editable either.
    expect((await errorOf(edit(admin, { assessmentId, itemId: "doesnotexist" }))).code).toBe("NOT_FOUND");
  });

  it("lets only the lead generate, phase and edit; others read", async () => {
    const { admin, assessmentId } = await setup("roles");
    await generateRoadmap({ userId: admin.userId, input: { assessmentId } });
    const item = await itemRow(assessmentId, "NET-2.3");
    const assessor = await joinAs({ organisationId: admin.organisationId, label: "lead", role: "ASSESSOR" });
    await edit(assessor, { assessmentId, itemId: item.id, status: "IN_PROGRESS" });
    const edited = await itemRow(assessmentId, "NET-2.3");

    for (const role of ["REVIEWER", "VIEWER"] as const) {
      const member = await joinAs({ organisationId: admin.organisationId, label: role, role });
      expect((await errorOf(edit(member, { assessmentId, itemId: item.id, status: "DONE" }))).code).toBe("FORBIDDEN");
      expect((await errorOf(generateRoadmap({ userId: member.userId, input: { assessmentId } }))).code).toBe(
        "FORBIDDEN",
      );
      expect(
        (
          await errorOf(
            setPhaseRule({ userId: member.userId, input: { assessmentId, baseline: "layer", escalation: "none" } }),
          )
        ).code,
      ).toBe("FORBIDDEN");
      expect(
        (await errorOf(setStaffedRoles({ userId: member.userId, input: { assessmentId, staffedRoles: [] } }))).code,
      ).toBe("FORBIDDEN");
      const view = await page({ userId: member.userId, organisationId: admin.organisationId }, assessmentId);
      expect(view.canEdit).toBe(false);
      expect(view.phases.flatMap((p) => p.items).length).toBeGreaterThan(0);
    }
    expect(await itemRow(assessmentId, "NET-2.3")).toEqual(edited);
  });

  it("stores the lead's phase rule and regenerates with it", async () => {
    const { admin, assessmentId } = await setup("phase-rule");
    await generateRoadmap({ userId: admin.userId, input: { assessmentId } });

    // Risk 4 and 5 go to phase 1: every network level-2 gap has risk 4.
    await setPhaseRule({ userId: admin.userId, input: { assessmentId, baseline: "program", escalation: "high" } });
    let view = await page(admin, assessmentId);
    expect(view.phaseRule).toEqual({ baseline: "program", escalation: "high" });
    expect(view.staleness).toBeNull();
    let items = view.phases.flatMap((p) => p.items);
    for (const item of items) expect(item.phase, item.practiceId).toBe(item.risk >= 4 || item.level === 1 ? 1 : 2);

    // Each layer from its own level, no escalation: layers already at level 1 put their level-2
    // gaps in phase 1, so only a layer at level 0 has level-2 gaps in phase 2.
    await setPhaseRule({ userId: admin.userId, input: { assessmentId, baseline: "layer", escalation: "none" } });
    view = await page(admin, assessmentId);
    items = view.phases.flatMap((p) => p.items);
    for (const item of items)
      expect(item.phase, item.practiceId).toBe(item.layerId === "network" && item.level === 2 ? 2 : 1);
    const stored = await database.prisma.assessment.findUniqueOrThrow({ where: { id: assessmentId } });
    expect(stored.roadmapPhaseRule).toMatchObject({ baseline: "layer", escalations: [] });
  });

  it("builds the team plan from the targets and the program's staffed roles", async () => {
    const admin = await createAccount("team");
    const { assessmentId, programId } = await createAssessmentFor(admin, 2);
    const ids = { userId: admin.userId, organisationId: admin.organisationId, assessmentId };

    let plan = await getTeamPlanPage(ids);
    expect(plan.requiredLevel).toBe(2);
    expect(plan.canEdit).toBe(true);
    expect(plan.roles.map((r) => r.id)).toEqual([
      "it-administrator",
      "security-focal-point",
      "security-officer-analyst",
      "network-system-security-engineer",
    ]);
    expect(plan.gaps).toHaveLength(4);

    await setStaffedRoles({
      userId: admin.userId,
      input: { assessmentId, staffedRoles: ["ciso", "it-administrator"] },
    });
    expect((await database.prisma.program.findUniqueOrThrow({ where: { id: programId } })).staffedRoles).toEqual([
      "it-administrator",
      "ciso",
    ]);
    plan = await getTeamPlanPage(ids);
    expect(plan.roles.find((r) => r.id === "it-administrator")?.staffed).toBe(true);
    expect(plan.gaps.map((r) => r.id)).toEqual([
      "security-focal-point",
      "security-officer-analyst",
      "network-system-security-engineer",
    ]);
    expect(plan.staffedNotNeeded).toEqual(["Chief Information Security Officer (CISO)"]);
    expect(plan.coverage).toBe(0.25);
    // CompTIA Security+ fits all three gaps, so it comes first.
    expect(plan.suggestedCertifications[0]).toMatchObject({ certification: "CompTIA Security+", lowestLevel: 1 });
    expect(plan.suggestedCertifications[0]!.roles).toHaveLength(3);
    expect(plan.allRoles.filter((r) => r.staffed).map((r) => r.id)).toEqual(["it-administrator", "ciso"]);

    const refused = await errorOf(
      setStaffedRoles({
        userId: admin.userId,
        input: { assessmentId, staffedRoles: ["it-administrator", "chief-wizard"] },
      }),
    );
    expect(refused).toMatchObject({
      code: "BAD_INPUT",
      fieldErrors: { staffedRoles: ["teamPlan.validation.unknownRole"] },
    });
    const outsider = await createAccount("team-outsider");
    expect(
      (await errorOf(setStaffedRoles({ userId: outsider.userId, input: { assessmentId, staffedRoles: [] } }))).code,
    ).toBe("NOT_FOUND");
    expect((await errorOf(getTeamPlanPage({ ...ids, userId: outsider.userId }))).code).toBe("NOT_FOUND");
    const viewer = await joinAs({ organisationId: admin.organisationId, label: "team-viewer", role: "VIEWER" });
    expect((await getTeamPlanPage({ ...ids, userId: viewer.userId })).canEdit).toBe(false);
    expect((await database.prisma.program.findUniqueOrThrow({ where: { id: programId } })).staffedRoles).toEqual([
      "it-administrator",
      "ciso",
    ]);
  });
});
