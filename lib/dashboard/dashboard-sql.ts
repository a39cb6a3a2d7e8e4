import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import type { ProgramLevelRow } from "./program-levels";
import type { RoadmapAggregate } from "./roadmap-summary";
import type { TrendAggregate } from "./trend";

// The dashboards' aggregates, computed in SQL from the stored layer scores (kept in step with every
// answer write), never by loading answers. Each query is scoped to one organisation; callers check
// the caller's access first (lib/dashboard/queries.ts).

// Each aggregate runs in its own transaction with JIT compilation off: on PostgreSQL the planner's
// estimates for these joins cross jit_above_cost, and compiling costs more (~50 ms) than the query
// itself. PGlite, built without JIT, accepts the setting and ignores it.
async function withoutJit<T>(prisma: PrismaClient, query: Prisma.PrismaPromise<T>): Promise<T> {
  const [, result] = await prisma.$transaction([prisma.$executeRaw`SET LOCAL jit = off`, query]);
  return result;
}

const BASIS_STATUSES = { approved: ["APPROVED"], "in-progress": ["DRAFT", "IN_REVIEW"] } as const;

// Every active program with its chosen assessment (latest approved, or latest in progress) and
// that assessment's layer levels. A layer at level 4 with no applicable answer is all
// "not applicable" (level 4 needs every applicable practice met, so an unanswered one rules it out).
export async function queryProgramLevels(
  prisma: PrismaClient,
  options: { organisationId: string; basis: keyof typeof BASIS_STATUSES },
): Promise<ProgramLevelRow[]> {
  const statuses = [...BASIS_STATUSES[options.basis]];
  const rows = await withoutJit(
    prisma,
    prisma.$queryRaw<
      Array<Omit<ProgramLevelRow, "assessment"> & { assessmentId: string | null; title: string | null; status: string | null; date: Date | null }>
    >`
    WITH "chosen" AS (
      SELECT DISTINCT ON (a."programId") a."id", a."programId", a."title", a."status"::text AS "status",
             COALESCE(a."approvedAt", a."createdAt") AS "date"
      FROM "Assessment" a
      WHERE a."organisationId" = ${options.organisationId} AND a."status"::text = ANY(${statuses}::text[])
      ORDER BY a."programId", a."approvedAt" DESC NULLS LAST, a."createdAt" DESC, a."id" DESC
    )
    SELECT p."id" AS "programId", p."name" AS "programName", c."id" AS "assessmentId", c."title", c."status", c."date",
      COALESCE((
        SELECT json_agg(json_build_object(
          'layerId', s."layerId", 'level', s."level", 'score', s."score",
          'notApplicable', s."level" = 4 AND NOT EXISTS (
            SELECT 1 FROM "Answer" x
            WHERE x."assessmentId" = s."assessmentId" AND x."layerId" = s."layerId" AND x."value" <> 'NOT_APPLICABLE')
        ) ORDER BY s."layerId")
        FROM "AssessmentLayerScore" s WHERE s."assessmentId" = c."id"
      ), '[]'::json) AS "layers",
      COALESCE((
        SELECT array_agg(i."itemId" ORDER BY i."itemId") FROM "IsmsItemStatus" i
        WHERE i."assessmentId" = c."id" AND i."status" = 'IN_PLACE'
      ), '{}'::text[]) AS "ismsInPlace"
    FROM "Program" p LEFT JOIN "chosen" c ON c."programId" = p."id"
    WHERE p."organisationId" = ${options.organisationId} AND p."archivedAt" IS NULL
    ORDER BY p."name", p."id"`,
  );
  return rows.map(({ assessmentId, title, status, date, ...row }) => ({
    ...row,
    layers: typeof row.layers === "string" ? (JSON.parse(row.layers) as ProgramLevelRow["layers"]) : row.layers,
    assessment: assessmentId ? { id: assessmentId, title: title ?? "", status: status ?? "", date: new Date(date!) } : null,
  }));
}

// Monthly means from `from` ("YYYY-MM", or the first approval when null) to `to`: for each month,
// each program's latest approved assessment as of the month's end (it holds until the next one is
// approved), averaged over programs. layerId null is the overall level (each assessment's lowest).
// Layer levels are pivoted to one row per assessment first, so the month join stays small.
export async function queryTrend(
  prisma: PrismaClient,
  options: { organisationId: string; programId?: string; layerIds: readonly string[]; from: string | null; to: string },
): Promise<TrendAggregate[]> {
  const program = options.programId ? Prisma.sql`AND a."programId" = ${options.programId}` : Prisma.empty;
  const from = options.from ? `${options.from}-01` : null;
  const pivot = Prisma.join(options.layerIds.map((id) => Prisma.sql`max(s."level") FILTER (WHERE s."layerId" = ${id})`));
  const rows = await withoutJit(
    prisma,
    prisma.$queryRaw<Array<{ month: string; programs: number; overall: number; layers: Array<number | null> }>>`
    WITH "approved" AS (
      SELECT a."id", a."approvedAt",
             LEAD(a."approvedAt") OVER (PARTITION BY a."programId" ORDER BY a."approvedAt", a."id") AS "supersededAt"
      FROM "Assessment" a JOIN "Program" p ON p."id" = a."programId" AND p."archivedAt" IS NULL
      WHERE a."organisationId" = ${options.organisationId} AND a."status" = 'APPROVED' AND a."approvedAt" IS NOT NULL ${program}
    ), "scored" AS (
      SELECT ap."approvedAt", ap."supersededAt", min(s."level") AS "overall", ARRAY[${pivot}] AS "levels"
      FROM "approved" ap JOIN "AssessmentLayerScore" s ON s."assessmentId" = ap."id"
      GROUP BY ap."id", ap."approvedAt", ap."supersededAt"
    ), "months" AS (
      SELECT m AS "month", m + interval '1 month' AS "monthEnd"
      FROM generate_series(
        COALESCE(${from}::timestamp, (SELECT date_trunc('month', min("approvedAt")) FROM "approved")),
        ${`${options.to}-01`}::timestamp, interval '1 month') AS m
    )
    SELECT to_char(m."month", 'YYYY-MM') AS "month", count(*)::int AS "programs", avg(sc."overall")::float8 AS "overall",
           ARRAY[${Prisma.join(options.layerIds.map((_, i) => Prisma.raw(`avg(sc."levels"[${i + 1}])::float8`)))}] AS "layers"
    FROM "months" m
    JOIN "scored" sc ON sc."approvedAt" < m."monthEnd" AND (sc."supersededAt" IS NULL OR sc."supersededAt" >= m."monthEnd")
    GROUP BY m."month"`,
  );
  return rows.flatMap((row) => [
    { month: row.month, layerId: null, meanLevel: row.overall, programs: row.programs },
    ...options.layerIds.flatMap((layerId, i) => {
      const meanLevel = row.layers[i];
      return meanLevel === null || meanLevel === undefined ? [] : [{ month: row.month, layerId, meanLevel, programs: row.programs }];
    }),
  ]);
}

// Roadmap items of each program's most recent roadmap (its latest non-archived assessment with a
// generated roadmap; approval freezes a roadmap, so the latest one is the plan being worked), counted
// by status and phase, owner party (by name, so one organisation adds up across programs) and
// accountable actor (the item's effective RACI row: its practice override if any, else its layer's
// row; "" unless exactly one actor is Accountable). Obsolete items are not part of the plan. The RACI
// rows and their accountable actor come from one pass over the cells.
export async function queryRoadmap(
  prisma: PrismaClient,
  options: { organisationId: string; programId?: string; layerId?: string },
): Promise<RoadmapAggregate[]> {
  const program = options.programId ? Prisma.sql`AND a."programId" = ${options.programId}` : Prisma.empty;
  const layer = options.layerId ? Prisma.sql`AND i."layerId" = ${options.layerId}` : Prisma.empty;
  return withoutJit(
    prisma,
    prisma.$queryRaw<RoadmapAggregate[]>`
    WITH "roadmaps" AS (
      SELECT DISTINCT ON (a."programId") a."id"
      FROM "Assessment" a JOIN "Program" p ON p."id" = a."programId" AND p."archivedAt" IS NULL
      WHERE a."organisationId" = ${options.organisationId} AND a."roadmapGeneratedAt" IS NOT NULL AND a."status" <> 'ARCHIVED' ${program}
      ORDER BY a."programId", a."createdAt" DESC, a."id" DESC
    ), "rows" AS (
      SELECT c."assessmentId", c."rowKey",
             CASE WHEN count(*) FILTER (WHERE c."role" = 'A') = 1 THEN min(c."actorId") FILTER (WHERE c."role" = 'A') END AS "actorId"
      FROM "RaciCell" c JOIN "roadmaps" r ON r."id" = c."assessmentId"
      GROUP BY c."assessmentId", c."rowKey"
    ), "items" AS (
      SELECT i."phase", i."status"::text AS "status", i."ownerPartyId", acc."actorId"
      FROM "RoadmapItem" i JOIN "roadmaps" r ON r."id" = i."assessmentId"
      LEFT JOIN "rows" o ON o."assessmentId" = i."assessmentId" AND o."rowKey" = i."practiceId"
      LEFT JOIN "rows" acc ON acc."assessmentId" = i."assessmentId"
        AND acc."rowKey" = CASE WHEN o."rowKey" IS NULL THEN i."layerId" ELSE i."practiceId" END
      WHERE NOT i."obsolete" ${layer}
    )
    SELECT 'phase' AS "dimension", "phase"::text AS "key", "status", count(*)::int AS "count" FROM "items" GROUP BY "phase", "status"
    UNION ALL
    SELECT 'party', COALESCE(pt."name", ''), i."status", count(*)::int
    FROM "items" i LEFT JOIN "Party" pt ON pt."id" = i."ownerPartyId" GROUP BY 2, 3
    UNION ALL
    SELECT 'actor', COALESCE(i."actorId", ''), i."status", count(*)::int FROM "items" i
    GROUP BY 2, 3`,
  );
}
