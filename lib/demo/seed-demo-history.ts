import "server-only";
import { createAssessment } from "@/lib/assessments/create-assessment";
import type { TCreateAssessmentInput } from "@/lib/assessments/schema";
import { transitionAssessment } from "@/lib/assessments/transition-assessment";
import type { TContentModel } from "@/lib/content/schema";
import { db } from "@/lib/db/client";
import { createParty } from "@/lib/parties/manage-parties";
import { createProgram } from "@/lib/programs/create-program";
import { generateRoadmap } from "@/lib/roadmap/generate-roadmap";
import { answerAll, type Profile } from "./answer-profile";

const DIVOC_2025: Profile = { network: 1, "os-host": 1, data: 0, application: 1, identity: 1, apis: 1, monitoring: 0 };
const DIVOC_2026: Profile = { network: 2, "os-host": 2, data: 1, application: 2, identity: 2, apis: 2, monitoring: 1 };

const DIVOC_PARTIES = [
  { name: "State Health Department", actors: ["program-owner", "security-team"] },
  { name: "CloudNine Solutions (SI)", actors: ["solution-implementing-agency", "application-teams", "operations-teams"] },
  { name: "DIVOC platform team", actors: ["platform-provider", "support-provider"] },
  { name: "National cloud", actors: ["infra-provider"] },
] as const;

function monthsAgo(months: number): Date {
  const date = new Date();
  date.setUTCMonth(date.getUTCMonth() - months);
  return date;
}

// Approval dates in the past, so the dashboards have a history to show a trend over.
async function approveAsOf(options: { assessmentId: string; adminId: string; reviewerId: string; approvedAt: Date }) {
  const { assessmentId, adminId, reviewerId } = options;
  await transitionAssessment({ userId: adminId, input: { assessmentId, action: "submit" } });
  await transitionAssessment({ userId: reviewerId, input: { assessmentId, action: "approve", comment: "Approved." } });
  await (await db()).assessment.update({ where: { id: assessmentId }, data: { approvedAt: options.approvedAt, submittedAt: options.approvedAt } });
}

// A third program with two approved assessments a few months apart (the second with a roadmap
// being worked), and the property-tax baseline dated in the past: the CISO dashboard's trend.
export async function seedDemoHistory(options: {
  organisationId: string;
  adminId: string;
  reviewerId: string;
  propertyTaxBaselineId: string;
  targets: TCreateAssessmentInput["targets"];
  content: TContentModel;
}): Promise<void> {
  const { organisationId, adminId, reviewerId, targets, content } = options;
  await (await db()).assessment.update({ where: { id: options.propertyTaxBaselineId }, data: { approvedAt: monthsAgo(7) } });
  const divoc = await createProgram({
    userId: adminId,
    input: { organisationId, name: "Vaccination certificates on DIVOC", platform: "DIVOC", description: "Verifiable vaccination and health certificates." },
  });
  const start = (title: string) =>
    createAssessment({ userId: adminId, input: { organisationId, programId: divoc.id, title, targets, startFrom: "blank" } });

  const first = await start("Baseline 2025");
  await answerAll({ userId: adminId, assessmentId: first.id, content, profile: DIVOC_2025 });
  await approveAsOf({ assessmentId: first.id, adminId, reviewerId, approvedAt: monthsAgo(10) });

  const second = await start("Review 2026");
  for (const party of DIVOC_PARTIES) {
    await createParty({ userId: adminId, input: { assessmentId: second.id, name: party.name, actors: [...party.actors] } });
  }
  await answerAll({ userId: adminId, assessmentId: second.id, content, profile: DIVOC_2026 });
  await generateRoadmap({ userId: adminId, input: { assessmentId: second.id } });
  // Some of the plan under way before approval froze it.
  const prisma = await db();
  const items = await prisma.roadmapItem.findMany({ where: { assessmentId: second.id }, orderBy: [{ phase: "asc" }, { position: "asc" }], select: { id: true } });
  const started = items.filter((_, i) => i % 4 === 1).map((i) => i.id);
  const done = items.filter((_, i) => i % 4 === 0).slice(0, 6).map((i) => i.id);
  await prisma.roadmapItem.updateMany({ where: { id: { in: started } }, data: { status: "IN_PROGRESS" } });
  await prisma.roadmapItem.updateMany({ where: { id: { in: done } }, data: { status: "DONE" } });
  await approveAsOf({ assessmentId: second.id, adminId, reviewerId, approvedAt: monthsAgo(3) });
}
