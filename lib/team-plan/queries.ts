import "server-only";
import type { AssessmentStatus } from "@/lib/assessments/lifecycle";
import { can } from "@/lib/auth/permissions";
import { contentForVersion } from "@/lib/content/snapshot";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { requireAssessmentAccess } from "@/lib/tenancy/assessment-access";
import { buildTeamPlan } from "./build-team-plan";

export type TeamPlanPageRole = {
  id: string;
  name: string;
  level: number;
  summary: string;
  staffed: boolean;
  certifications: string[];
};

export type TeamPlanPage = {
  assessment: { id: string; organisationId: string; title: string; programName: string; status: AssessmentStatus };
  canEdit: boolean;
  requiredLevel: number;
  // Needed roles by level; gaps are the unstaffed ones among them.
  roles: TeamPlanPageRole[];
  gaps: TeamPlanPageRole[];
  suggestedCertifications: Array<{ certification: string; roles: string[]; lowestLevel: number }>;
  // Names of staffed roles the targets do not need yet.
  staffedNotNeeded: string[];
  coverage: number;
  // Every team role of the content, for the staffed-roles form.
  allRoles: Array<{ id: string; name: string; level: number; staffed: boolean }>;
};

// The roles the assessment's highest target needs versus those its program has staffed.
export async function getTeamPlanPage(options: {
  userId: string;
  organisationId: string;
  assessmentId: string;
}): Promise<TeamPlanPage> {
  const { assessment, role } = await requireAssessmentAccess({ ...options, permission: "assessment.read" });
  if (assessment.organisationId !== options.organisationId) throw notFound("assessmentNotFound");
  const prisma = await db();
  const [content, program, targets] = await Promise.all([
    contentForVersion(assessment.contentVersion),
    prisma.program.findUniqueOrThrow({
      where: { id: assessment.programId },
      select: { name: true, staffedRoles: true },
    }),
    prisma.layerTarget.findMany({ where: { assessmentId: assessment.id }, select: { layerId: true, level: true } }),
  ]);
  const plan = buildTeamPlan({
    roles: content.teamRoles,
    targets: new Map(targets.map((t) => [t.layerId, t.level])),
    staffedRoleIds: program.staffedRoles,
  });
  const staffed = new Set(program.staffedRoles);
  const names = new Map(content.teamRoles.map((r) => [r.id, r.name]));
  const toRole = (r: (typeof plan.roles)[number]): TeamPlanPageRole => ({
    id: r.id,
    name: r.name,
    level: r.level,
    summary: r.role.summary,
    staffed: r.staffed,
    certifications: [...r.certifications],
  });
  return {
    assessment: {
      id: assessment.id,
      organisationId: assessment.organisationId,
      title: assessment.title,
      programName: program.name,
      status: assessment.status,
    },
    canEdit: can(role, "programs.write"),
    requiredLevel: plan.requiredLevel,
    roles: plan.roles.map(toRole),
    gaps: plan.gaps.map(toRole),
    suggestedCertifications: plan.suggestedCertifications.map((s) => ({
      certification: s.certification,
      roles: s.roleIds.map((id) => names.get(id) ?? id),
      lowestLevel: s.lowestLevel,
    })),
    // Ids from another content version have no name here; they are not shown.
    staffedNotNeeded: plan.staffedNotNeeded.flatMap((id) => {
      const name = names.get(id);
      return name ? [name] : [];
    }),
    coverage: plan.coverage,
    allRoles: content.teamRoles.map((r) => ({ id: r.id, name: r.name, level: r.level, staffed: staffed.has(r.id) })),
  };
}
