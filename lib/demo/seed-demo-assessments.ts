import "server-only";
import { createAssessment } from "@/lib/assessments/create-assessment";
import { transitionAssessment } from "@/lib/assessments/transition-assessment";
import type { TCreateAssessmentInput } from "@/lib/assessments/schema";
import type { TContentModel } from "@/lib/content/schema";
import { createParty } from "@/lib/parties/manage-parties";
import { addMemberParticipant } from "@/lib/parties/participants";
import { createProgram } from "@/lib/programs/create-program";
import { answerAll, type Profile } from "./answer-profile";
import { seedDemoHistory } from "./seed-demo-history";

const PROPERTY_TAX_2025: Profile = { network: 2, "os-host": 1, data: 1, application: 2, identity: 2, apis: 1, monitoring: 1 };
const HEALTH_ID_2026: Profile = { network: 1, "os-host": 2, data: 2, application: 1, identity: 3, apis: 2, monitoring: 0 };

// The organisations of a typical DIGIT deployment and the actors they play (DESIGN.md §4).
const PROPERTY_TAX_PARTIES = [
  { name: "Municipal Administration Department", actors: ["program-owner", "security-team"], participant: "admin" },
  { name: "Acme Systems (SI)", actors: ["solution-implementing-agency", "application-teams", "operations-teams"], participant: "viewer" },
  { name: "DIGIT platform team (eGov)", actors: ["platform-provider", "support-provider"], participant: null },
  { name: "State Data Centre", actors: ["infra-provider"], participant: null },
] as const;

async function addParties(options: { assessmentId: string; adminId: string; viewerId: string }) {
  const { assessmentId, adminId } = options;
  for (const party of PROPERTY_TAX_PARTIES) {
    const { id } = await createParty({ userId: adminId, input: { assessmentId, name: party.name, actors: [...party.actors] } });
    const userId = party.participant === "admin" ? adminId : party.participant === "viewer" ? options.viewerId : null;
    if (userId) await addMemberParticipant({ userId: adminId, input: { assessmentId, partyId: id, userId } });
  }
}

// Two programs: one with an approved baseline and a reassessment under way (its parties and RACI
// carried over), one in its first assessment; then a third with a history (seed-demo-history.ts).
export async function seedDemoAssessments(options: {
  organisationId: string;
  adminId: string;
  reviewerId: string;
  viewerId: string;
  content: TContentModel;
}): Promise<void> {
  const { organisationId, adminId, reviewerId, viewerId, content } = options;
  // Identity and data hold citizens' records: the demo program aims higher there.
  const targets = Object.fromEntries(
    content.layers.map((l) => [l.id, l.id === "identity" || l.id === "data" ? 3 : 2]),
  ) as TCreateAssessmentInput["targets"];

  const propertyTax = await createProgram({
    userId: adminId,
    input: { organisationId, name: "State property tax on DIGIT", platform: "DIGIT", description: "Municipal property-tax assessment and payment service." },
  });
  const baseline = await createAssessment({
    userId: adminId,
    input: { organisationId, programId: propertyTax.id, title: "Baseline 2025", targets, startFrom: "blank" },
  });
  await addParties({ assessmentId: baseline.id, adminId, viewerId });
  await answerAll({ userId: adminId, assessmentId: baseline.id, content, profile: PROPERTY_TAX_2025 });
  await transitionAssessment({ userId: adminId, input: { assessmentId: baseline.id, action: "submit" } });
  await transitionAssessment({ userId: reviewerId, input: { assessmentId: baseline.id, action: "approve", comment: "Approved as the 2025 baseline." } });
  await createAssessment({
    userId: adminId,
    input: { organisationId, programId: propertyTax.id, title: "Reassessment 2026", targets, startFrom: "lastApproved" },
  });

  const healthId = await createProgram({
    userId: adminId,
    input: { organisationId, name: "Health ID on MOSIP", platform: "MOSIP", description: "Foundational identity for the state health programme." },
  });
  const first = await createAssessment({
    userId: adminId,
    input: { organisationId, programId: healthId.id, title: "First assessment 2026", targets, startFrom: "blank" },
  });
  await answerAll({ userId: adminId, assessmentId: first.id, content, profile: HEALTH_ID_2026 });
  await seedDemoHistory({ organisationId, adminId, reviewerId, propertyTaxBaselineId: baseline.id, targets, content });
}
