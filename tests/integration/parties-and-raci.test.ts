import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveAnswer } from "@/lib/answers/save-answer";
import { createAssessment } from "@/lib/assessments/create-assessment";
import { getAssessmentOverview, getLayerQuestionnaire } from "@/lib/assessments/queries";
import { transitionAssessment } from "@/lib/assessments/transition-assessment";
import { getContentModel } from "@/lib/content/load";
import { LAYER_IDS } from "@/lib/content/schema";
import { AppError } from "@/lib/errors";
import { acceptInvitationWithSignUp } from "@/lib/invitations/accept-invitation";
import { getOrganisationHome, getOrgShell } from "@/lib/organisations/queries";
import { createParty, removeParty, updateParty } from "@/lib/parties/manage-parties";
import { addMemberParticipant, inviteGuestParticipant } from "@/lib/parties/participants";
import { getPartiesPage } from "@/lib/parties/queries";
import { listPrograms } from "@/lib/programs/queries";
import { defaultLayerRaci } from "@/lib/raci/default-raci";
import { addRaciOverride, resetRaci, setRaciCell } from "@/lib/raci/edit-raci";
import { loadRaciMatrix } from "@/lib/raci/queries";
import { getRaciPage } from "@/lib/raci/raci-page";
import { confirmAnswer } from "@/lib/routing/confirm-answer";
import { getMyPractices } from "@/lib/routing/my-practices";
import { createTestDatabase } from "../support/test-database";
import { createAccount, createAssessmentFor, joinAs, TEST_PASSWORD } from "../support/factories";

const content = getContentModel();
const SI = "solution-implementing-agency";

async function errorOf(run: () => Promise<unknown>): Promise<AppError> {
  const error = await run().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

// The e2e story in data: the SI is Responsible for Application and APIs only.
async function routeSiToApplicationAndApis(userId: string, assessmentId: string) {
  for (const rowKey of ["data", "identity"]) await setRaciCell({ userId, input: { assessmentId, rowKey, actorId: SI, role: "C" } });
}

describe("parties, RACI and routing", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.dispose());

  it("starts a new assessment from the content's default layer rows, with no overrides", async () => {
    const lead = await createAccount("raci-defaults");
    const { assessmentId } = await createAssessmentFor(lead);
    const matrix = await loadRaciMatrix(database.prisma, assessmentId);
    const expected = defaultLayerRaci({ practices: content.practices.map((p) => ({ id: p.id, layerId: p.layer, raci: p.raci })) });
    expect(matrix).toEqual(expected);
    expect(Object.keys(matrix).sort()).toEqual([...LAYER_IDS].sort());
    const page = await getRaciPage({ userId: lead.userId, organisationId: lead.organisationId, assessmentId });
    expect(page.violationCount).toBe(0);
    expect(page.canEdit).toBe(true);
  });

  it("shows rule violations, blocks submission while they last, and never loses the edit", async () => {
    const lead = await createAccount("raci-violations");
    const { assessmentId } = await createAssessmentFor(lead);
    for (const p of content.practices) {
      await saveAnswer({ userId: lead.userId, input: { assessmentId, practiceId: p.id, value: "FULLY", version: 0 } });
    }
    // APIs' only A removed, and a second A added on Network.
    await setRaciCell({ userId: lead.userId, input: { assessmentId, rowKey: "apis", actorId: "program-owner", role: "" } });
    await setRaciCell({ userId: lead.userId, input: { assessmentId, rowKey: "network", actorId: "program-owner", role: "A" } });
    const page = await getRaciPage({ userId: lead.userId, organisationId: lead.organisationId, assessmentId });
    expect(page.violationCount).toBe(2);
    expect(page.rows.find((r) => r.rowKey === "apis")?.violations).toEqual(["NO_ACCOUNTABLE"]);
    expect(page.rows.find((r) => r.rowKey === "network")?.violations).toEqual(["MULTIPLE_ACCOUNTABLE"]);
    const overview = await getAssessmentOverview({ userId: lead.userId, organisationId: lead.organisationId, assessmentId });
    expect(overview.blockers).toEqual([{ kind: "raciViolations", count: 2 }]);

    const blocked = await errorOf(() => transitionAssessment({ userId: lead.userId, input: { assessmentId, action: "submit" } }));
    expect(blocked.messageKey).toBe("submissionBlocked");
    expect((await database.prisma.assessment.findUniqueOrThrow({ where: { id: assessmentId } })).status).toBe("DRAFT");

    await setRaciCell({ userId: lead.userId, input: { assessmentId, rowKey: "apis", actorId: "program-owner", role: "A" } });
    await setRaciCell({ userId: lead.userId, input: { assessmentId, rowKey: "network", actorId: "program-owner", role: "I" } });
    await transitionAssessment({ userId: lead.userId, input: { assessmentId, action: "submit" } });
    const locked = await errorOf(() => setRaciCell({ userId: lead.userId, input: { assessmentId, rowKey: "apis", actorId: SI, role: "C" } }));
    expect(locked.code).toBe("LOCKED");
  });

  it("refuses bad RACI edits with clear errors and changes nothing", async () => {
    const lead = await createAccount("raci-bad");
    const { assessmentId } = await createAssessmentFor(lead);
    const before = await loadRaciMatrix(database.prisma, assessmentId);
    const unknownRow = await errorOf(() => setRaciCell({ userId: lead.userId, input: { assessmentId, rowKey: "NET-9.9", actorId: SI, role: "R" } }));
    expect(unknownRow.messageKey).toBe("raciRowUnknown");
    const noOverride = await errorOf(() => setRaciCell({ userId: lead.userId, input: { assessmentId, rowKey: "NET-1.1", actorId: SI, role: "R" } }));
    expect(noOverride.messageKey).toBe("raciOverrideMissing");
    const reviewer = await joinAs({ organisationId: lead.organisationId, label: "raci-reviewer", role: "REVIEWER" });
    expect((await errorOf(() => setRaciCell({ userId: reviewer.userId, input: { assessmentId, rowKey: "apis", actorId: SI, role: "A" } }))).code).toBe("FORBIDDEN");
    const stranger = await createAccount("raci-stranger");
    expect((await errorOf(() => setRaciCell({ userId: stranger.userId, input: { assessmentId, rowKey: "apis", actorId: SI, role: "A" } }))).code).toBe("NOT_FOUND");
    expect((await errorOf(() => resetRaci({ userId: stranger.userId, assessmentId }))).code).toBe("NOT_FOUND");
    expect(await loadRaciMatrix(database.prisma, assessmentId)).toEqual(before);
  });

  it("routes a practice override to its own actors and resets to defaults", async () => {
    const lead = await createAccount("raci-override");
    const { assessmentId } = await createAssessmentFor(lead);
    await addRaciOverride({ userId: lead.userId, input: { assessmentId, practiceId: "APP-1.1" } });
    const practice = content.practices.find((p) => p.id === "APP-1.1")!;
    const matrix = await loadRaciMatrix(database.prisma, assessmentId);
    expect(matrix["APP-1.1"]).toEqual(Object.fromEntries(Object.entries(practice.raci).filter(([, r]) => r)));
    expect((await errorOf(() => addRaciOverride({ userId: lead.userId, input: { assessmentId, practiceId: "APP-1.1" } }))).code).toBe("CONFLICT");
    await resetRaci({ userId: lead.userId, assessmentId });
    expect((await loadRaciMatrix(database.prisma, assessmentId))["APP-1.1"]).toBeUndefined();
  });

  it("routes practices to participants, lets them answer only those, and lets the Accountable party confirm", async () => {
    const lead = await createAccount("routing");
    const { assessmentId } = await createAssessmentFor(lead);
    await routeSiToApplicationAndApis(lead.userId, assessmentId);
    const si = await createParty({ userId: lead.userId, input: { assessmentId, name: "Acme Systems (SI)", actors: [SI] } });
    const owner = await createParty({
      userId: lead.userId,
      input: { assessmentId, name: "State IT Department", actors: ["program-owner", "security-team"] },
    });
    const siEngineer = await joinAs({ organisationId: lead.organisationId, label: "si-engineer", role: "VIEWER" });
    const ownerDelegate = await joinAs({ organisationId: lead.organisationId, label: "owner-delegate", role: "VIEWER" });
    await addMemberParticipant({ userId: lead.userId, input: { assessmentId, partyId: si.id, userId: siEngineer.userId } });
    await addMemberParticipant({ userId: lead.userId, input: { assessmentId, partyId: owner.id, userId: ownerDelegate.userId } });

    const mine = await getMyPractices({ userId: siEngineer.userId, organisationId: lead.organisationId, assessmentId });
    const expected = content.practices.filter((p) => p.layer === "application" || p.layer === "apis").map((p) => p.id);
    expect(mine.toAnswer.map((p) => p.id)).toEqual(expected);
    expect(mine.parties).toEqual(["Acme Systems (SI)"]);

    await saveAnswer({ userId: siEngineer.userId, input: { assessmentId, practiceId: "APP-1.1", value: "FULLY", version: 0 } });
    const notRouted = await errorOf(() => saveAnswer({ userId: siEngineer.userId, input: { assessmentId, practiceId: "NET-1.1", value: "FULLY", version: 0 } }));
    expect(notRouted.messageKey).toBe("practiceNotRouted");
    expect(await database.prisma.answer.count({ where: { assessmentId, practiceId: "NET-1.1" } })).toBe(0);

    const questionnaire = await getLayerQuestionnaire({ userId: siEngineer.userId, organisationId: lead.organisationId, assessmentId, layerId: "application" });
    expect(questionnaire.levels.flatMap((l) => l.practices).every((p) => p.editable)).toBe(true);

    // Application's A is the security team, played by the owner's party; the SI may not confirm.
    const notAccountable = await errorOf(() => confirmAnswer({ userId: siEngineer.userId, input: { assessmentId, practiceId: "APP-1.1", version: 1 } }));
    expect(notAccountable.messageKey).toBe("confirmNotAccountable");
    const toConfirm = await getMyPractices({ userId: ownerDelegate.userId, organisationId: lead.organisationId, assessmentId });
    expect(toConfirm.toConfirm.map((p) => p.id)).toContain("APP-1.1");
    const stale = await errorOf(() => confirmAnswer({ userId: ownerDelegate.userId, input: { assessmentId, practiceId: "APP-1.1", version: 7 } }));
    expect(stale.messageKey).toBe("confirmStale");
    await confirmAnswer({ userId: ownerDelegate.userId, input: { assessmentId, practiceId: "APP-1.1", version: 1 } });

    const parties = await getPartiesPage({ userId: lead.userId, organisationId: lead.organisationId, assessmentId });
    const siProgress = parties.parties.find((p) => p.id === si.id)!.progress;
    expect(siProgress).toMatchObject({ responsibleCount: expected.length, answered: 1, confirmed: 1 });

    // A changed answer needs confirming again.
    await saveAnswer({ userId: siEngineer.userId, input: { assessmentId, practiceId: "APP-1.1", value: "LARGELY", version: 1 } });
    const answer = await database.prisma.answer.findUniqueOrThrow({ where: { assessmentId_practiceId: { assessmentId, practiceId: "APP-1.1" } } });
    expect(answer.confirmedAt).toBeNull();
  });

  it("keeps a guest inside their one assessment", async () => {
    const lead = await createAccount("guest-lead");
    const { assessmentId, programId } = await createAssessmentFor(lead);
    const other = await createAssessmentFor(lead);
    await routeSiToApplicationAndApis(lead.userId, assessmentId);
    const si = await createParty({ userId: lead.userId, input: { assessmentId, name: "Acme Systems (SI)", actors: [SI] } });
    const { link } = await inviteGuestParticipant({ userId: lead.userId, input: { assessmentId, partyId: si.id, email: "guest.engineer@acme.example" } });
    const token = link.split("/").pop()!;
    const accepted = await acceptInvitationWithSignUp({ token, name: "Guest Engineer", email: "guest.engineer@acme.example", password: TEST_PASSWORD });
    expect(accepted.landingPath).toBe(`/orgs/${lead.organisationId}/assessments/${assessmentId}/my-practices`);
    const guest = await database.prisma.user.findUniqueOrThrow({ where: { email: "guest.engineer@acme.example" } });
    expect(await database.prisma.membership.count({ where: { userId: guest.id } })).toBe(0);

    const shell = await getOrgShell({ userId: guest.id, organisationId: lead.organisationId });
    expect(shell.access.role).toBe("GUEST");
    expect(shell.guestAssessments.map((g) => g.assessmentId)).toEqual([assessmentId]);
    const mine = await getMyPractices({ userId: guest.id, organisationId: lead.organisationId, assessmentId });
    expect(mine.toAnswer.length).toBeGreaterThan(0);
    await saveAnswer({ userId: guest.id, input: { assessmentId, practiceId: "API-1.1", value: "PARTIALLY", version: 0 } });

    const ids = { userId: guest.id, organisationId: lead.organisationId };
    expect((await errorOf(() => getOrganisationHome(ids))).code).toBe("NOT_FOUND");
    expect((await errorOf(() => listPrograms(ids))).code).toBe("NOT_FOUND");
    expect((await errorOf(() => getMyPractices({ ...ids, assessmentId: other.assessmentId }))).code).toBe("NOT_FOUND");
    expect((await errorOf(() => saveAnswer({ userId: guest.id, input: { assessmentId: other.assessmentId, practiceId: "API-1.1", value: "FULLY", version: 0 } }))).code).toBe("NOT_FOUND");
    expect((await errorOf(() => createParty({ userId: guest.id, input: { assessmentId, name: "Mine", actors: ["program-owner"] } }))).code).toBe("FORBIDDEN");
    expect((await errorOf(() => setRaciCell({ userId: guest.id, input: { assessmentId, rowKey: "network", actorId: SI, role: "R" } }))).code).toBe("FORBIDDEN");
    expect((await errorOf(() => transitionAssessment({ userId: guest.id, input: { assessmentId, action: "submit" } }))).code).toBe("FORBIDDEN");
    expect((await errorOf(() => createAssessment({ userId: guest.id, input: { organisationId: lead.organisationId, programId, title: "x", targets: Object.fromEntries(LAYER_IDS.map((l) => [l, 1])) as never, startFrom: "blank" } }))).code).toBe("NOT_FOUND");
  });

  it("refuses foreign party and participant ids and members of other organisations", async () => {
    const lead = await createAccount("party-bad");
    const { assessmentId } = await createAssessmentFor(lead);
    const otherLead = await createAccount("party-other");
    const foreign = await createAssessmentFor(otherLead);
    const foreignParty = await createParty({ userId: otherLead.userId, input: { assessmentId: foreign.assessmentId, name: "Theirs", actors: [SI] } });
    const mine = await createParty({ userId: lead.userId, input: { assessmentId, name: "Ours", actors: [SI] } });

    expect((await errorOf(() => updateParty({ userId: lead.userId, input: { assessmentId, partyId: foreignParty.id, name: "Hijacked", actors: [SI] } }))).code).toBe("NOT_FOUND");
    expect((await errorOf(() => removeParty({ userId: lead.userId, assessmentId, partyId: foreignParty.id }))).code).toBe("NOT_FOUND");
    expect((await errorOf(() => addMemberParticipant({ userId: lead.userId, input: { assessmentId, partyId: foreignParty.id, userId: lead.userId } }))).code).toBe("NOT_FOUND");
    const outsider = await errorOf(() => addMemberParticipant({ userId: lead.userId, input: { assessmentId, partyId: mine.id, userId: otherLead.userId } }));
    expect(outsider.messageKey).toBe("notAMember");
    expect((await database.prisma.party.findUniqueOrThrow({ where: { id: foreignParty.id } })).name).toBe("Theirs");
    expect(await database.prisma.participant.count({ where: { partyId: mine.id } })).toBe(0);
  });

  it("carries parties, participants and RACI into a reassessment", async () => {
    const lead = await createAccount("carry");
    const { assessmentId, programId } = await createAssessmentFor(lead);
    await routeSiToApplicationAndApis(lead.userId, assessmentId);
    const party = await createParty({ userId: lead.userId, input: { assessmentId, name: "Acme Systems (SI)", actors: [SI] } });
    await addMemberParticipant({ userId: lead.userId, input: { assessmentId, partyId: party.id, userId: lead.userId } });
    for (const p of content.practices) await saveAnswer({ userId: lead.userId, input: { assessmentId, practiceId: p.id, value: "FULLY", version: 0 } });
    const reviewer = await joinAs({ organisationId: lead.organisationId, label: "carry-reviewer", role: "REVIEWER" });
    await transitionAssessment({ userId: lead.userId, input: { assessmentId, action: "submit" } });
    await transitionAssessment({ userId: reviewer.userId, input: { assessmentId, action: "approve" } });
    // Approval freezes the roadmap with the answers (all Fully here: no gaps left).
    const approved = await database.prisma.assessment.findUniqueOrThrow({ where: { id: assessmentId } });
    expect(approved.roadmapGeneratedAt).not.toBeNull();
    expect(await database.prisma.roadmapItem.count({ where: { assessmentId, obsolete: false } })).toBe(0);

    const next = await createAssessment({
      userId: lead.userId,
      input: { organisationId: lead.organisationId, programId, title: "Reassessment", targets: Object.fromEntries(LAYER_IDS.map((l) => [l, 2])) as never, startFrom: "lastApproved" },
    });
    expect(await loadRaciMatrix(database.prisma, next.id)).toEqual(await loadRaciMatrix(database.prisma, assessmentId));
    const parties = await database.prisma.party.findMany({ where: { assessmentId: next.id }, include: { participants: true } });
    expect(parties.map((p) => [p.name, p.actors, p.participants.map((x) => x.userId)])).toEqual([["Acme Systems (SI)", [SI], [lead.userId]]]);
  });
});
