import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PUT as putApiAnswerRoute } from "@/app/api/v1/assessments/[assessmentId]/answers/[practiceId]/route";
import { signUp } from "@/lib/accounts/sign-up";
import { saveAnswer } from "@/lib/answers/save-answer";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { createAssessment } from "@/lib/assessments/create-assessment";
import { transitionAssessment } from "@/lib/assessments/transition-assessment";
import { AUDIT_ACTIONS, type AuditAction } from "@/lib/audit/audit-actions";
import { exportAuditLog } from "@/lib/audit/export-audit-log";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { createAuthSession, revokeAuthSession } from "@/lib/auth/auth-sessions";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { addComment } from "@/lib/comments/add-comment";
import { LAYER_IDS } from "@/lib/content/schema";
import { addEvidenceLink, uploadEvidenceFile } from "@/lib/evidence/add-evidence";
import { removeEvidence } from "@/lib/evidence/remove-evidence";
import { createExport } from "@/lib/export/create-export";
import { acceptInvitation, acceptInvitationWithSignUp } from "@/lib/invitations/accept-invitation";
import { createInvitation } from "@/lib/invitations/create-invitation";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";
import { removeMember, updateMemberRole } from "@/lib/members/change-membership";
import { confirmMfaEnrolment } from "@/lib/mfa/confirm-mfa-enrolment";
import { disableMfa } from "@/lib/mfa/disable-mfa";
import { startMfaEnrolment } from "@/lib/mfa/start-mfa-enrolment";
import { totpCode } from "@/lib/mfa/totp";
import { verifyMfaChallenge } from "@/lib/mfa/verify-mfa-challenge";
import { createOrganisation } from "@/lib/organisations/create-organisation";
import { setOrganisationMfa } from "@/lib/organisations/set-organisation-mfa";
import { createParty, removeParty, updateParty } from "@/lib/parties/manage-parties";
import { addMemberParticipant, inviteGuestParticipant, removeParticipant } from "@/lib/parties/participants";
import { createProgram } from "@/lib/programs/create-program";
import { addRaciOverride, removeRaciOverride, resetRaci, setRaciCell } from "@/lib/raci/edit-raci";
import { setIsmsItemStatus } from "@/lib/readiness/set-isms-item-status";
import { generateRoadmap } from "@/lib/roadmap/generate-roadmap";
import { setPhaseRule } from "@/lib/roadmap/set-phase-rule";
import { updateRoadmapItem } from "@/lib/roadmap/update-roadmap-item";
import { confirmAnswer } from "@/lib/routing/confirm-answer";
import { setStaffedRoles } from "@/lib/team-plan/set-staffed-roles";
import { createAccount, createAssessmentFor, joinAs, TEST_PASSWORD } from "../support/factories";
import { createTestDatabase } from "../support/test-database";

type Account = { userId: string; organisationId: string; email: string };

// Every mutation, with the server actions and route handlers that reach it (`via`). The coverage
// test below fails when an action or route is added without a case here.
type Case = {
  action: AuditAction;
  via: string[];
  // Who should be recorded as the actor; the admin unless stated.
  actor?: () => string | null;
  // The organisations whose chains get the event (the admin's unless stated; null: the instance).
  // A sign-in goes to every organisation the user belongs to.
  organisationIds?: () => Array<string | null>;
  // Preparation whose own events are not the case's (e.g. the invitation a case accepts).
  setup?: () => Promise<void>;
  run: () => Promise<unknown>;
};

// Not mutations: public verification of a file reads only. Starting MFA enrolment stores a seed
// that counts for nothing until a code confirms it (auth.mfaEnrol).
const NOT_AUDITED = ["POST /api/verify", "startMfaEnrolmentAction"];

function declaredMutations(): string[] {
  const root = process.cwd();
  const files = (dir: string): string[] =>
    readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
  const actions = files("lib")
    .filter((file) => file.endsWith("actions.ts") && !file.endsWith("define-action.ts"))
    .flatMap((file) => [...readFileSync(file, "utf8").matchAll(/export const (\w+Action) =/g)].map((m) => m[1]!));
  // Route handlers that change something: every non-GET, and the GETs that sign and record exports.
  const routes = files("app")
    .filter((file) => file.endsWith("route.ts") && !file.includes("[...nextauth]"))
    .flatMap((file) => {
      const source = readFileSync(file, "utf8");
      const route = `/${path.dirname(path.relative("app", file))}`;
      return [...source.matchAll(/export async function (GET|POST|PUT|PATCH|DELETE)\b/g)]
        .map((m) => `${m[1]} ${route}`)
        .filter((name) => !name.startsWith("GET ") || /downloadExport|downloadRaciCsv|downloadAuditLog/.test(source));
    });
  return [...actions, ...routes].sort();
}

describe("audit trail", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let admin: Account;
  let colleague: Account;
  let assessmentId: string;
  let spareAssessmentId: string;
  let programId: string;
  const ids: Record<string, string> = {};
  // The MFA cases' own account (one organisation), its seed and recovery codes.
  let mfaUser: Account;
  const mfa = { secret: "", recoveryCodes: [] as string[] };
  // Each TOTP code is accepted once per 30 s step: later cases use the next step's code.
  const codeAt = (offsetSeconds: number) => totpCode({ secret: mfa.secret, now: new Date(Date.now() + offsetSeconds * 1000) });
  const mfaUserOnly = { actor: () => mfaUser.userId, organisationIds: () => [mfaUser.organisationId] };

  beforeAll(async () => {
    database = await createTestDatabase();
    admin = await createAccount("audit-admin");
    ({ assessmentId, programId } = await createAssessmentFor(admin));
    ({ assessmentId: spareAssessmentId } = await createAssessmentFor(admin));
    colleague = await joinAs({ organisationId: admin.organisationId, label: "audit-colleague", role: "ASSESSOR" });
  });
  afterAll(async () => database.dispose());

  const apiPut = async (token: string, practiceId: string, body: unknown) => {
    const response = await putApiAnswerRoute(
      new Request(`http://layerwise.test/api/v1/assessments/${assessmentId}/answers/${practiceId}`, {
        method: "PUT",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify(body),
      }),
      { params: Promise.resolve({ assessmentId, practiceId }) },
    );
    expect(response.status).toBe(200);
  };

  const cases: Case[] = [
    {
      action: "account.signUp",
      via: ["signUpAction"],
      actor: () => ids.newUser!,
      organisationIds: () => [ids.newOrg!],
      run: async () => {
        const result = await signUp({
          name: "New Person",
          email: `new.${Date.now()}@test.example`,
          password: TEST_PASSWORD,
          organisationName: "New Org",
        });
        ids.newUser = result.userId;
        ids.newOrg = result.organisationId;
      },
    },
    {
      action: "organisation.create",
      via: ["createOrganisationAction"],
      organisationIds: () => [ids.secondOrg!],
      run: async () =>
        (ids.secondOrg = (await createOrganisation({ userId: admin.userId, input: { name: "Second" } })).id),
    },
    {
      action: "auth.signIn",
      via: ["next-auth authorize"],
      actor: () => colleague.userId,
      organisationIds: () => [colleague.organisationId, admin.organisationId],
      run: async () => {
        expect(await verifyCredentials({ email: colleague.email, password: TEST_PASSWORD })).not.toBeNull();
        await createAuthSession(colleague.userId);
      },
    },
    {
      action: "auth.signInFailed",
      via: ["next-auth authorize (known email)"],
      actor: () => colleague.userId,
      organisationIds: () => [colleague.organisationId, admin.organisationId],
      run: () => verifyCredentials({ email: colleague.email, password: "wrong password!" }),
    },
    {
      action: "auth.signInFailed",
      via: ["next-auth authorize (unknown email)"],
      actor: () => null,
      organisationIds: () => [null],
      run: () => verifyCredentials({ email: "nobody@test.example", password: "wrong password!" }),
    },
    {
      action: "auth.signOut",
      via: ["next-auth signOut"],
      actor: () => colleague.userId,
      organisationIds: () => [colleague.organisationId, admin.organisationId],
      setup: async () => void (ids.session = await createAuthSession(colleague.userId)),
      run: () => revokeAuthSession(ids.session!),
    },
    {
      action: "invitation.create",
      via: ["createInvitationAction"],
      run: async () => {
        const created = await createInvitation({
          userId: admin.userId,
          input: { organisationId: admin.organisationId, email: "invitee@test.example", role: "VIEWER" },
        });
        ids.invitationLink = created.link;
        ids.invitationId = created.id;
      },
    },
    {
      action: "invitation.revoke",
      via: ["revokeInvitationAction"],
      run: () =>
        revokeInvitation({
          userId: admin.userId,
          organisationId: admin.organisationId,
          invitationId: ids.invitationId!,
        }),
    },
    {
      action: "invitation.accept",
      via: ["acceptInvitationWithSignUpAction"],
      actor: () => ids.invitee!,
      setup: async () => void (ids.link = (await invite("signup.invitee@test.example")).link),
      run: async () => {
        await acceptInvitationWithSignUp({
          token: ids.link!.split("/").pop()!,
          name: "Invitee",
          email: "signup.invitee@test.example",
          password: TEST_PASSWORD,
        });
        ids.invitee = (
          await database.prisma.user.findUniqueOrThrow({ where: { email: "signup.invitee@test.example" } })
        ).id;
      },
    },
    {
      action: "invitation.accept",
      via: ["acceptInvitationAction"],
      actor: () => ids.outsider!,
      setup: async () => {
        const outsider = await createAccount("audit-outsider");
        ids.outsider = outsider.userId;
        ids.link = (await invite(outsider.email)).link;
      },
      run: () => acceptInvitation({ userId: ids.outsider!, token: ids.link!.split("/").pop()! }),
    },
    {
      action: "member.roleChange",
      via: ["updateMemberRoleAction"],
      run: async () =>
        updateMemberRole({
          userId: admin.userId,
          input: {
            organisationId: admin.organisationId,
            membershipId: await membershipOf(ids.outsider!),
            role: "REVIEWER",
          },
        }),
    },
    {
      action: "member.remove",
      via: ["removeMemberAction"],
      run: async () =>
        removeMember({
          userId: admin.userId,
          input: { organisationId: admin.organisationId, membershipId: await membershipOf(ids.outsider!) },
        }),
    },
    {
      action: "apiToken.create",
      via: ["createApiTokenAction"],
      run: async () => {
        const created = await createApiToken({
          userId: admin.userId,
          input: { organisationId: admin.organisationId, name: "ci" },
        });
        ids.token = created.token;
        ids.tokenId = created.id;
      },
    },
    {
      action: "program.create",
      via: ["createProgramAction"],
      run: () =>
        createProgram({
          userId: admin.userId,
          input: { organisationId: admin.organisationId, name: "Another", platform: "MOSIP", description: "" },
        }),
    },
    {
      action: "program.staffingChange",
      via: ["setStaffedRolesAction"],
      run: () => setStaffedRoles({ userId: admin.userId, input: { assessmentId, staffedRoles: [] } }),
    },
    {
      action: "assessment.create",
      via: ["createAssessmentAction"],
      run: () =>
        createAssessment({
          userId: admin.userId,
          input: {
            organisationId: admin.organisationId,
            programId,
            title: "Another",
            startFrom: "blank",
            targets: Object.fromEntries(LAYER_IDS.map((id) => [id, 2])) as never,
          },
        }),
    },
    {
      action: "answer.save",
      via: ["saveAnswerAction"],
      run: () =>
        saveAnswer({
          userId: admin.userId,
          input: { assessmentId, practiceId: "APP-1.1", value: "PARTIALLY", notes: "secret notes", version: 0 },
        }),
    },
    {
      action: "answer.save",
      via: ["PUT /api/v1/assessments/[assessmentId]/answers/[practiceId]"],
      run: () => apiPut(ids.token!, "APP-1.1", { value: "FULLY", version: 1 }),
    },
    {
      action: "party.create",
      via: ["createPartyAction"],
      run: async () =>
        (ids.party = (
          await createParty({
            userId: admin.userId,
            input: { assessmentId, name: "State IT", actors: ["program-owner"] },
          })
        ).id),
    },
    {
      action: "party.update",
      via: ["updatePartyAction"],
      run: () =>
        updateParty({
          userId: admin.userId,
          input: {
            assessmentId,
            partyId: ids.party!,
            name: "State IT Dept",
            actors: ["program-owner", "security-team"],
          },
        }),
    },
    {
      action: "participant.add",
      via: ["addParticipantAction"],
      run: () =>
        addMemberParticipant({
          userId: admin.userId,
          input: { assessmentId, partyId: ids.party!, userId: admin.userId },
        }),
    },
    {
      action: "answer.confirm",
      via: ["confirmAnswerAction"],
      run: () => confirmAnswer({ userId: admin.userId, input: { assessmentId, practiceId: "APP-1.1", version: 2 } }),
    },
    {
      action: "participant.invite",
      via: ["inviteGuestAction"],
      run: () =>
        inviteGuestParticipant({
          userId: admin.userId,
          input: { assessmentId, partyId: ids.party!, email: "guest@test.example" },
        }),
    },
    {
      action: "participant.remove",
      via: ["removeParticipantAction"],
      run: async () => {
        const participant = await database.prisma.participant.findFirstOrThrow({
          where: { partyId: ids.party!, userId: admin.userId },
        });
        await removeParticipant({ userId: admin.userId, assessmentId, participantId: participant.id });
      },
    },
    {
      action: "raci.setCell",
      via: ["setRaciCellAction"],
      run: () =>
        setRaciCell({
          userId: admin.userId,
          input: { assessmentId, rowKey: "network", actorId: "security-team", role: "C" },
        }),
    },
    {
      action: "raci.addOverride",
      via: ["addRaciOverrideAction"],
      run: () => addRaciOverride({ userId: admin.userId, input: { assessmentId, practiceId: "NET-1.1" } }),
    },
    {
      action: "raci.removeOverride",
      via: ["removeRaciOverrideAction"],
      run: () => removeRaciOverride({ userId: admin.userId, input: { assessmentId, practiceId: "NET-1.1" } }),
    },
    { action: "raci.reset", via: ["resetRaciAction"], run: () => resetRaci({ userId: admin.userId, assessmentId }) },
    {
      action: "evidence.add",
      via: ["addEvidenceLinkAction"],
      run: async () =>
        (ids.evidence = (
          await addEvidenceLink({
            userId: admin.userId,
            input: {
              assessmentId,
              practiceId: "APP-1.1",
              url: "https://intranet.example/report",
              description: "Pen test report",
            },
          })
        ).id),
    },
    {
      action: "evidence.add",
      via: ["POST /api/assessments/[assessmentId]/evidence"],
      run: () =>
        uploadEvidenceFile({
          userId: admin.userId,
          input: { assessmentId, practiceId: "APP-1.1", description: "Notes" },
          file: { name: "notes.txt", bytes: new TextEncoder().encode("private findings\n") },
        }),
    },
    {
      action: "evidence.remove",
      via: ["removeEvidenceAction"],
      run: () => removeEvidence({ userId: admin.userId, evidenceId: ids.evidence! }),
    },
    {
      action: "comment.add",
      via: ["addCommentAction"],
      run: () =>
        addComment({
          userId: admin.userId,
          input: { assessmentId, practiceId: "APP-1.1", body: "confidential remark" },
        }),
    },
    {
      action: "isms.setStatus",
      via: ["setIsmsItemStatusAction"],
      run: () =>
        setIsmsItemStatus({
          userId: admin.userId,
          input: { assessmentId, itemId: "ISMS-4.1", status: "PARTLY", evidence: "scope memo", version: 0 },
        }),
    },
    {
      action: "roadmap.generate",
      via: ["regenerateRoadmapAction"],
      run: () => generateRoadmap({ userId: admin.userId, input: { assessmentId } }),
    },
    {
      action: "roadmap.setPhaseRule",
      via: ["setPhaseRuleAction"],
      run: () => setPhaseRule({ userId: admin.userId, input: { assessmentId, baseline: "layer", escalation: "high" } }),
    },
    {
      action: "roadmap.updateItem",
      via: ["updateRoadmapItemAction"],
      run: async () => {
        const item = await database.prisma.roadmapItem.findFirstOrThrow({ where: { assessmentId, obsolete: false } });
        await updateRoadmapItem({
          userId: admin.userId,
          input: {
            assessmentId,
            itemId: item.id,
            ownerPartyId: "",
            dueDate: "2027-01-31",
            status: "IN_PROGRESS",
            notes: "internal",
          },
        });
      },
    },
    {
      action: "party.remove",
      via: ["removePartyAction"],
      run: () => removeParty({ userId: admin.userId, assessmentId, partyId: ids.party! }),
    },
    {
      action: "export.create",
      via: ["GET /api/assessments/[assessmentId]/exports/[kind]", "GET /api/assessments/[assessmentId]/raci.csv"],
      run: () => createExport({ userId: admin.userId, assessmentId, kind: "answers.csv" }),
    },
    {
      action: "audit.export",
      via: ["GET /api/orgs/[orgId]/audit/export"],
      run: () =>
        exportAuditLog({ userId: admin.userId, organisationId: admin.organisationId, format: "json", filters: {} }),
    },
    {
      action: "apiToken.revoke",
      via: ["revokeApiTokenAction"],
      run: () =>
        revokeApiToken({
          userId: admin.userId,
          input: { organisationId: admin.organisationId, tokenId: ids.tokenId! },
        }),
    },
    {
      action: "assessment.transition",
      via: ["transitionAssessmentAction"],
      run: () =>
        transitionAssessment({ userId: admin.userId, input: { assessmentId: spareAssessmentId, action: "archive" } }),
    },
    {
      action: "auth.mfaEnrol",
      via: ["confirmMfaEnrolmentAction"],
      ...mfaUserOnly,
      setup: async () => {
        mfaUser = await createAccount("audit-mfa");
        ids.mfaSession = await createAuthSession(mfaUser.userId);
        mfa.secret = (await startMfaEnrolment({ userId: mfaUser.userId })).secret;
      },
      run: async () => {
        ({ recoveryCodes: mfa.recoveryCodes } = await confirmMfaEnrolment({ userId: mfaUser.userId, sessionId: ids.mfaSession!, code: codeAt(0) }));
      },
    },
    {
      action: "auth.signInFailed",
      via: ["verifyMfaChallengeAction (wrong code)"],
      ...mfaUserOnly,
      setup: async () => void (ids.mfaSession = await createAuthSession(mfaUser.userId)),
      run: () =>
        expect(verifyMfaChallenge({ userId: mfaUser.userId, sessionId: ids.mfaSession!, code: "NOT-A-CODE" })).rejects.toMatchObject({
          code: "BAD_INPUT",
        }),
    },
    {
      action: "auth.mfaVerify",
      via: ["verifyMfaChallengeAction"],
      ...mfaUserOnly,
      run: () => verifyMfaChallenge({ userId: mfaUser.userId, sessionId: ids.mfaSession!, code: mfa.recoveryCodes[0]! }),
    },
    {
      action: "organisation.requireMfa",
      via: ["setOrganisationMfaAction"],
      ...mfaUserOnly,
      run: () => setOrganisationMfa({ userId: mfaUser.userId, input: { organisationId: mfaUser.organisationId, requireMfa: true } }),
    },
    {
      action: "auth.mfaDisable",
      via: ["disableMfaAction"],
      ...mfaUserOnly,
      setup: () => setOrganisationMfa({ userId: mfaUser.userId, input: { organisationId: mfaUser.organisationId, requireMfa: false } }),
      run: () => disableMfa({ userId: mfaUser.userId, sessionId: ids.mfaSession!, password: TEST_PASSWORD, code: codeAt(30) }),
    },
  ];

  const invite = (email: string) =>
    createInvitation({ userId: admin.userId, input: { organisationId: admin.organisationId, email, role: "VIEWER" } });
  const membershipOf = async (userId: string) =>
    (await database.prisma.membership.findFirstOrThrow({ where: { userId, organisationId: admin.organisationId } })).id;

  async function heads(): Promise<Map<string, number>> {
    const rows = await database.prisma.auditChainHead.findMany();
    return new Map(rows.map((row) => [row.chain, row.seq]));
  }

  async function eventsSince(before: Map<string, number>) {
    const events = await database.prisma.auditEvent.findMany({ orderBy: [{ chain: "asc" }, { seq: "asc" }] });
    return events.filter((event) => event.seq > (before.get(event.chain) ?? 0));
  }

  it("names a case for every server action and mutating route, and every audit action", () => {
    const covered = new Set([...cases.flatMap((c) => c.via), ...NOT_AUDITED]);
    expect(declaredMutations().filter((name) => !covered.has(name))).toEqual([]);
    expect(AUDIT_ACTIONS.filter((action) => !cases.some((c) => c.action === action))).toEqual([]);
  });

  it("writes exactly one event per mutation, with its actor, chain and action, and no free text", async () => {
    for (const testCase of cases) {
      await testCase.setup?.();
      const before = await heads();
      await testCase.run();
      const events = await eventsSince(before);
      const label = `${testCase.action} via ${testCase.via.join(", ")}`;
      const organisationIds = testCase.organisationIds?.() ?? [admin.organisationId];
      expect(
        events.map((e) => e.action),
        label,
      ).toEqual(organisationIds.map(() => testCase.action));
      expect(events.map((e) => e.organisationId).sort(), label).toEqual([...organisationIds].sort());
      for (const event of events) {
        expect(event.actorUserId, label).toBe(testCase.actor ? testCase.actor() : admin.userId);
        expect(JSON.stringify(event.summary), label).not.toMatch(
          /secret notes|confidential remark|private findings|intranet\.example|scope memo|internal"|@test\.example/,
        );
      }
    }
    const results = await verifyAuditChain(database.prisma);
    expect(results.filter((r) => !r.ok)).toEqual([]);
    const adminCases = cases.filter((c) => (c.organisationIds?.() ?? [admin.organisationId]).includes(admin.organisationId));
    expect(results.find((r) => r.organisationId === admin.organisationId)?.events).toBeGreaterThanOrEqual(adminCases.length);
  });

  it("writes nothing when the change is refused, and records before and after", async () => {
    const before = await heads();
    const stale = await saveAnswer({
      userId: admin.userId,
      input: { assessmentId, practiceId: "APP-1.1", value: "LARGELY", version: 1 },
    }).catch((e: unknown) => e);
    expect((stale as { code?: string }).code).toBe("CONFLICT");
    expect(await eventsSince(before)).toEqual([]);

    const saved = await saveAnswer({
      userId: admin.userId,
      input: { assessmentId, practiceId: "APP-1.1", value: "LARGELY", notes: "secret notes", version: 2 },
    });
    const [event] = await eventsSince(before);
    expect(event).toMatchObject({
      action: "answer.save",
      targetType: "answer",
      targetId: `${assessmentId}/APP-1.1`,
      summary: {
        practiceId: "APP-1.1",
        value: "LARGELY",
        previousValue: "FULLY",
        version: saved.version,
        notesChanged: true,
        notesLength: 12,
      },
    });
  });

  it("chains concurrent changes of one organisation one after another", async () => {
    const { assessmentId: concurrentId } = await createAssessmentFor(admin);
    const practices = ["NET-1.1", "NET-1.2", "OSH-1.1", "DAT-1.1", "APP-1.2", "IDN-1.1", "API-1.1", "MON-1.1"];
    const before = await heads();
    await Promise.all([
      ...practices.map((practiceId) => saveAnswer({ userId: admin.userId, input: { assessmentId: concurrentId, practiceId, value: "FULLY", version: 0 } })),
      ...[1, 2, 3, 4].map((i) => createProgram({ userId: colleague.userId, input: { organisationId: admin.organisationId, name: `Concurrent ${i}`, platform: "", description: "" } })),
    ]);
    const events = (await eventsSince(before)).filter((e) => e.chain === admin.organisationId);
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => before.get(admin.organisationId)! + 1 + i));
    expect(events).toHaveLength(practices.length + 4);
    const [result] = await verifyAuditChain(database.prisma, admin.organisationId);
    expect(result).toMatchObject({ ok: true, brokenLink: null });
  });

  it("refuses to update or delete an audit event in the database", async () => {
    const event = await database.prisma.auditEvent.findFirstOrThrow();
    await expect(
      database.raw.exec(`UPDATE "AuditEvent" SET "action" = 'x' WHERE "id" = '${event.id}'`),
    ).rejects.toThrow(/append-only/);
    await expect(database.raw.exec(`DELETE FROM "AuditEvent" WHERE "id" = '${event.id}'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(database.raw.exec(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
  });
});
