import "server-only";
import type { AssessmentStatus } from "@/generated/prisma/enums";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { requireOrgAccess, type OrgAccess } from "@/lib/tenancy/org-access";

export type ProgramSummary = {
  id: string;
  name: string;
  platform: string;
  assessmentCount: number;
  latest: { id: string; title: string; status: AssessmentStatus; overallLevel: number | null } | null;
};

export async function listPrograms(options: { userId: string; organisationId: string }): Promise<{ access: OrgAccess; programs: ProgramSummary[] }> {
  const access = await requireOrgAccess({ ...options, permission: "org.read" });
  const prisma = await db();
  const programs = await prisma.program.findMany({
    where: { organisationId: options.organisationId, archivedAt: null },
    orderBy: { name: "asc" },
    include: {
      _count: { select: { assessments: true } },
      assessments: { orderBy: { createdAt: "desc" }, take: 1, include: { layerScores: { select: { level: true } } } },
    },
  });
  return {
    access,
    programs: programs.map((p) => {
      const latest = p.assessments[0];
      return {
        id: p.id,
        name: p.name,
        platform: p.platform,
        assessmentCount: p._count.assessments,
        latest: latest
          ? {
              id: latest.id,
              title: latest.title,
              status: latest.status,
              overallLevel: latest.layerScores.length ? Math.min(...latest.layerScores.map((s) => s.level)) : null,
            }
          : null,
      };
    }),
  };
}

export type ProgramPage = {
  access: OrgAccess;
  program: { id: string; name: string; platform: string; description: string };
  assessments: Array<{ id: string; title: string; status: AssessmentStatus; createdAt: Date; approvedAt: Date | null; overallLevel: number | null }>;
  hasApproved: boolean;
};

export async function getProgramPage(options: { userId: string; organisationId: string; programId: string }): Promise<ProgramPage> {
  const access = await requireOrgAccess({ userId: options.userId, organisationId: options.organisationId, permission: "org.read" });
  const prisma = await db();
  const program = await prisma.program.findFirst({
    where: { id: options.programId, organisationId: options.organisationId },
    include: { assessments: { orderBy: { createdAt: "desc" }, include: { layerScores: { select: { level: true } } } } },
  });
  if (!program) throw notFound("programNotFound");
  return {
    access,
    program: { id: program.id, name: program.name, platform: program.platform, description: program.description },
    assessments: program.assessments.map((a) => ({
      id: a.id,
      title: a.title,
      status: a.status,
      createdAt: a.createdAt,
      approvedAt: a.approvedAt,
      overallLevel: a.layerScores.length ? Math.min(...a.layerScores.map((s) => s.level)) : null,
    })),
    hasApproved: program.assessments.some((a) => a.status === "APPROVED"),
  };
}
