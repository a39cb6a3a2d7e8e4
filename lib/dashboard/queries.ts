import "server-only";
import { getContentModel } from "@/lib/content/load";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { requireOrgAccess, type OrgAccess } from "@/lib/tenancy/org-access";
import { queryProgramLevels, queryRoadmap, queryTrend } from "./dashboard-sql";
import { PERIOD_MONTHS, parseDashboardFilters, type TDashboardFilterKey, type TDashboardFilters } from "./filters";
import { heatmapRows, levelDistribution, paginate, programPickerOptions, type HeatmapRow, type LevelDistribution, type Page } from "./program-levels";
import { readinessSummary, type ReadinessSummary } from "./readiness-summary";
import { roadmapSummary, type RoadmapDimension, type RoadmapSummary } from "./roadmap-summary";
import { monthOf, periodStart, trendPoints, type TrendPoint } from "./trend";

export const HEATMAP_PAGE_SIZE = 25;
// Up to this many programs, the program filter lists them all (see programPickerOptions).
const PROGRAM_PICKER_LIMIT = 50;

type SearchParams = Record<string, string | string[] | undefined>;
type Named = { id: string; name: string };

export type OrgDashboard = {
  access: OrgAccess;
  filters: TDashboardFilters;
  // Filters dropped because their value is unknown (or names another organisation's program).
  ignored: TDashboardFilterKey[];
  programs: Named[];
  // The program filter's options: all programs, or (partial) those on the heatmap page and the selected one.
  programPicker: { programs: Named[]; partial: boolean };
  layers: Named[];
  // Programs counted (all, or the filtered one) and how many have an assessment on the chosen basis.
  programCount: number;
  assessedCount: number;
  heatmap: Page<HeatmapRow>;
  distribution: LevelDistribution;
  readiness: ReadinessSummary;
  trend: TrendPoint[];
  roadmap: RoadmapSummary;
};

function contentNames() {
  const content = getContentModel();
  const actors = new Map<string, string>(content.actors.map((a) => [a.id, a.name]));
  return {
    content,
    layers: content.layers.map((l) => ({ id: l.id, name: l.name })),
    label: (dimension: RoadmapDimension, key: string) => (dimension === "actor" ? (actors.get(key) ?? key) : key),
  };
}

function trendWindow(filters: TDashboardFilters, now: Date): { from: string | null; to: string } {
  const months = PERIOD_MONTHS[filters.period];
  return { from: months === null ? null : periodStart(now, months), to: monthOf(now) };
}

// The CISO's organisation dashboard. Any member may read it (org.read); every aggregate is scoped
// to the organisation, and a program filter naming a program outside it is ignored and reported.
export async function getOrgDashboard(options: {
  userId: string;
  organisationId: string;
  searchParams: SearchParams;
  now?: Date;
}): Promise<OrgDashboard> {
  const access = await requireOrgAccess({ userId: options.userId, organisationId: options.organisationId, permission: "org.read" });
  const prisma = await db();
  const parsed = parseDashboardFilters(options.searchParams);
  const filters = { ...parsed.filters };
  const ignored = [...parsed.ignored];
  const { content, layers, label } = contentNames();

  const window = trendWindow(filters, options.now ?? new Date());
  const layerIds = layers.map((l) => l.id);
  const scoped = (programId: string | undefined) => {
    const scope = { organisationId: access.organisationId, programId };
    return Promise.all([queryTrend(prisma, { ...scope, layerIds, ...window }), queryRoadmap(prisma, { ...scope, layerId: filters.layer })]);
  };
  // The program filter is checked against the organisation's programs while the scoped queries
  // run (they are scoped to the organisation too, so a foreign id finds nothing); when it is
  // dropped they run again for the whole organisation.
  const [allRows, programScoped] = await Promise.all([
    queryProgramLevels(prisma, { organisationId: access.organisationId, basis: filters.status }),
    scoped(filters.program),
  ]);
  const unknownProgram = filters.program !== undefined && !allRows.some((r) => r.programId === filters.program);
  if (unknownProgram) {
    filters.program = undefined;
    ignored.push("program");
  }
  const [trend, roadmap] = unknownProgram ? await scoped(undefined) : programScoped;
  const rows = filters.program ? allRows.filter((r) => r.programId === filters.program) : allRows;

  const heat = heatmapRows({ rows, layerIds, layer: filters.layer });
  const heatmap = paginate(heat, { page: filters.page, pageSize: HEATMAP_PAGE_SIZE });
  filters.page = heatmap.page;
  const programs = allRows.map((r) => ({ id: r.programId, name: r.programName }));
  return {
    access,
    filters,
    ignored,
    programs,
    programPicker: programPickerOptions({ programs, shown: heatmap.items, selected: filters.program, limit: PROGRAM_PICKER_LIMIT }),
    layers,
    programCount: rows.length,
    assessedCount: rows.filter((r) => r.assessment).length,
    heatmap,
    distribution: levelDistribution(heat, { layer: filters.layer }),
    readiness: readinessSummary({ rows, layers, ismsItems: content.isms }),
    trend: trendPoints({ aggregates: trend, layerIds, ...window }),
    roadmap: roadmapSummary({ aggregates: roadmap, label }),
  };
}

export type ProgramDashboard = {
  period: TDashboardFilters["period"];
  ignored: TDashboardFilterKey[];
  layers: Named[];
  // The latest approved assessment (else the latest one) against its targets.
  radar: { assessmentId: string; title: string; status: string; layers: Array<{ layerId: string; name: string; level: number; target: number }> } | null;
  trend: TrendPoint[];
  roadmap: RoadmapSummary;
};

// The dashboard part of a program's page: its trend over approved assessments, latest against
// target, and its roadmap progress. The program must belong to the organisation.
export async function getProgramDashboard(options: {
  userId: string;
  organisationId: string;
  programId: string;
  searchParams: SearchParams;
  now?: Date;
}): Promise<ProgramDashboard> {
  const access = await requireOrgAccess({ userId: options.userId, organisationId: options.organisationId, permission: "org.read" });
  const prisma = await db();
  const program = await prisma.program.findFirst({
    where: { id: options.programId, organisationId: access.organisationId },
    select: { id: true },
  });
  if (!program) throw notFound("programNotFound");
  const { filters, ignored } = parseDashboardFilters(options.searchParams);
  const { layers, label } = contentNames();
  const window = trendWindow(filters, options.now ?? new Date());
  const scope = { organisationId: access.organisationId, programId: program.id };
  const [trend, roadmap, latest] = await Promise.all([
    queryTrend(prisma, { ...scope, layerIds: layers.map((l) => l.id), ...window }),
    queryRoadmap(prisma, scope),
    prisma.assessment.findFirst({
      where: { programId: program.id, status: { in: ["APPROVED", "DRAFT", "IN_REVIEW"] } },
      // The latest approved one; without one, the newest in progress.
      orderBy: [{ approvedAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
      select: { id: true, title: true, status: true, layerScores: { select: { layerId: true, level: true } }, targets: true },
    }),
  ]);
  const names = new Map(layers.map((l) => [l.id, l.name]));
  const targets = new Map(latest?.targets.map((t) => [t.layerId, t.level]));
  return {
    period: filters.period,
    // Only the period applies on this page.
    ignored: ignored.filter((key) => key === "period"),
    layers,
    radar: latest
      ? {
          assessmentId: latest.id,
          title: latest.title,
          status: latest.status,
          layers: layers.map((l) => ({
            layerId: l.id,
            name: names.get(l.id) ?? l.id,
            level: latest.layerScores.find((s) => s.layerId === l.id)?.level ?? 0,
            target: targets.get(l.id) ?? 0,
          })),
        }
      : null,
    trend: trendPoints({ aggregates: trend, layerIds: layers.map((l) => l.id), ...window }),
    roadmap: roadmapSummary({ aggregates: roadmap, label }),
  };
}
