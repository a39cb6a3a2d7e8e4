import "server-only";
import { saveAnswer } from "@/lib/answers/save-answer";
import { createAssessment } from "@/lib/assessments/create-assessment";
import { transitionAssessment } from "@/lib/assessments/transition-assessment";
import type { TCreateAssessmentInput } from "@/lib/assessments/schema";
import type { TContentModel } from "@/lib/content/schema";
import { createProgram } from "@/lib/programs/create-program";
import type { ScoringAnswer } from "@/lib/scoring/score-assessment";

// Demo answers: how far each layer has got (practices above it are Partially or Not implemented).
type Profile = Record<string, number>;

const PROPERTY_TAX_2025: Profile = { network: 2, "os-host": 1, data: 1, application: 2, identity: 2, apis: 1, monitoring: 1 };
const HEALTH_ID_2026: Profile = { network: 1, "os-host": 2, data: 2, application: 1, identity: 3, apis: 2, monitoring: 0 };

function answerFor(options: { level: number; reached: number; index: number }): ScoringAnswer {
  if (options.level <= options.reached) return options.index % 3 === 0 ? "LARGELY" : "FULLY";
  if (options.level === options.reached + 1) return options.index % 2 === 0 ? "PARTIALLY" : "NOT_IMPLEMENTED";
  return "NOT_IMPLEMENTED";
}

async function answerAll(options: { userId: string; assessmentId: string; content: TContentModel; profile: Profile }) {
  for (const [index, practice] of options.content.practices.entries()) {
    const value = answerFor({ level: practice.level, reached: options.profile[practice.layer] ?? 0, index });
    await saveAnswer({ userId: options.userId, input: { assessmentId: options.assessmentId, practiceId: practice.id, value, version: 0 } });
  }
}

// Two programs: one with an approved baseline and a reassessment under way, one in its first assessment.
export async function seedDemoAssessments(options: {
  organisationId: string;
  adminId: string;
  reviewerId: string;
  content: TContentModel;
}): Promise<void> {
  const { organisationId, adminId, reviewerId, content } = options;
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
}
