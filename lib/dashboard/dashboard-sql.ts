import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { LAYER_IDS, type TLayerId } from "@/lib/content/schema";
import type { LayerLevelRow, ProgramLevelRow } from "./program-levels";
import type { RoadmapAggregate } from "./roadmap-summary";
import type { TrendAggregate } from "./trend";

// The dashboards' aggregates, computed in SQL from roll-ups the database's triggers keep in step
// with every write (AssessmentLevels from the layer scores, RoadmapTally from the roadmap, RACI and
// parties), never by loading answers. Each query is scoped to one organisation; callers check the
// caller's access first (lib/dashboard/queries.ts).

// Each aggregate runs in its own transaction with JIT compilation off: on PostgreSQL the planner's
// estimates for these joins cross jit_above_cost, and compiling costs more (~50 ms) than the query
// itself. PGlite, built without JIT, accepts the setting and ignores it.
async function withoutJit<T>(prisma: PrismaClient, query: Prisma.PrismaPromise<T>): Promise<T> {
  const [, result] = await prisma.$transaction([prisma.$executeRaw`SET LOCAL jit = off`, query]);
  return result;
}

const BASIS_STATUSES = { approved: ["APPROVED"], "in-progress": ["DRAFT", "IN_REVIEW"] } as const;

// Every active program with its chosen assessment (latest approved, or latest in progress) and
// that assessment's layer levels, from AssessmentLevels (one row per assessment, kept by a trigger
// on AssessmentLayerScore; prisma/migrations/20261124010000_assessment_levels), read as one JSON text.
export async function queryProgramLevels(
  prisma: PrismaClient,
  options: { organisationId: string; basis: keyof typeof BASIS_STATUSES },
): Promise<ProgramLevelRow[]> {
  // Written into the SQL as enum literals (they are constants above, never input): compared as a
  // parameter cast to the enum, every row paid for the cast.
  const statuses = Prisma.raw(BASIS_STATUSES[options.basis].map((status) => `'${status}'`).join(", "));
  const rows = await withoutJit(
    prisma,
    prisma.$queryRaw<
      Array<
        Pick<ProgramLevelRow, "programId" | "programName" | "ismsInPlace"> & {
          assessmentId: string | null;
          title: string | null;
          status: string | null;
          date: Date | null;
          layers: string | null;
        }
      >
    >`
    WITH "chosen" AS (
      SELECT DISTINCT ON (a."programId") a."id", a."programId", a."title", a."status",
             COALESCE(a."approvedAt", a."createdAt") AS "date"
      FROM "Assessment" a
      WHERE a."organisationId" = ${options.organisationId} AND a."status" IN (${statuses})
      ORDER BY a."programId", a."approvedAt" DESC NULLS LAST, a."createdAt" DESC, a."id" DESC
    )
    SELECT p."id" AS "programId", p."name" AS "programName", c."id" AS "assessmentId", c."title", c."status"::text AS "status", c."date",
           json_build_array(l."levels", l."scores", l."notApplicable")::text AS "layers",
           COALESCE((
             SELECT array_agg(i."itemId") FROM "IsmsItemStatus" i
             WHERE i."assessmentId" = c."id" AND i."status" = 'IN_PLACE'
           ), '{}'::text[]) AS "ismsInPlace"
    FROM "Program" p
    LEFT JOIN "chosen" c ON c."programId" = p."id"
    LEFT JOIN "AssessmentLevels" l ON l."assessmentId" = c."id"
    WHERE p."organisationId" = ${options.organisationId} AND p."archivedAt" IS NULL
    ORDER BY p."name", p."id"`,
  );
  return rows.map(({ assessmentId, title, status, date, layers, ...row }) => ({
    ...row,
    layers: assessmentId && layers ? layerRows(JSON.parse(layers) as StoredLevels) : [],
    assessment: assessmentId ? { id: assessmentId, title: title ?? "", status: status ?? "", date: new Date(date!) } : null,
  }));
}

// AssessmentLevels' arrays (null without a row), element i for LAYER_IDS[i]; null: not scored.
type StoredLevels = [Array<number | null> | null, Array<number | null> | null, Array<boolean | null> | null];

function layerRows([levels, scores, notApplicable]: StoredLevels): LayerLevelRow[] {
  return LAYER_IDS.flatMap((layerId, i) => {
    const level = levels?.[i];
    return level === null || level === undefined ? [] : [{ layerId, level, score: scores?.[i] ?? 0, notApplicable: notApplicable?.[i] ?? false }];
  });
}

// Monthly means from `from` ("YYYY-MM", or the first approval when null) to `to`: for each month,
// each program's latest approved assessment as of the month's end (it holds until the next one is
// approved), averaged over programs. layerId null is the overall level (each assessment's lowest).
// Levels come from AssessmentLevels (one row per assessment). Rather than joining every month to
// every assessment, each assessment adds its levels in the month it was approved and takes them
// away in the month it was superseded; a month's means are the running sums up to it. Assessments
// superseded before the window opens add and take away before it, so they are left out.
export async function queryTrend(
  prisma: PrismaClient,
  options: { organisationId: string; programId?: string; layerIds: readonly TLayerId[]; from: string | null; to: string },
): Promise<TrendAggregate[]> {
  const program = options.programId ? Prisma.sql`AND a."programId" = ${options.programId}` : Prisma.empty;
  const from = options.from ? `${options.from}-01` : null;
  // LEAST skips nulls: the lowest of the layers scored.
  const overall = Prisma.raw(`LEAST(${LAYER_IDS.map((_, i) => `l."levels"[${i + 1}]`).join(", ")})`);
  const positions = options.layerIds.map((id) => LAYER_IDS.indexOf(id) + 1);
  const layerSums = Prisma.raw(
    positions.map((p) => `sum(d."sign" * d."levels"[${p}]) AS "s${p}", sum(d."sign") FILTER (WHERE d."levels"[${p}] IS NOT NULL) AS "c${p}"`).join(", "),
  );
  // numeric division, as avg() of integers computes it.
  const layerMeans = Prisma.raw(positions.map((p) => `(sum(b."s${p}")::numeric / NULLIF(sum(b."c${p}"), 0))::float8`).join(", "));
  const rows = await withoutJit(
    prisma,
    prisma.$queryRaw<Array<{ month: string; programs: number; overall: number; layers: Array<number | null> }>>`
    WITH "approved" AS (
      SELECT a."id", a."approvedAt",
             LEAD(a."approvedAt") OVER (PARTITION BY a."programId" ORDER BY a."approvedAt", a."id") AS "supersededAt"
      FROM "Assessment" a JOIN "Program" p ON p."id" = a."programId" AND p."archivedAt" IS NULL
      WHERE a."organisationId" = ${options.organisationId} AND a."status" = 'APPROVED' AND a."approvedAt" IS NOT NULL ${program}
    ), "scored" AS MATERIALIZED (
      SELECT date_trunc('month', ap."approvedAt") AS "startMonth", date_trunc('month', ap."supersededAt") AS "endMonth",
             l."levels", ${overall} AS "overall"
      FROM "approved" ap JOIN "AssessmentLevels" l ON l."assessmentId" = ap."id"
      WHERE (${from}::timestamp IS NULL OR ap."supersededAt" IS NULL OR ap."supersededAt" >= ${from}::timestamp + interval '1 month')
        AND ${overall} IS NOT NULL
    ), "deltas" AS (
      SELECT "startMonth" AS "month", 1 AS "sign", "overall", "levels" FROM "scored"
      UNION ALL
      SELECT "endMonth", -1, "overall", "levels" FROM "scored" WHERE "endMonth" IS NOT NULL
    ), "byMonth" AS (
      SELECT d."month", sum(d."sign") AS "n", sum(d."sign" * d."overall") AS "o", ${layerSums}
      FROM "deltas" d GROUP BY d."month"
    ), "months" AS (
      SELECT m AS "month"
      FROM generate_series(
        COALESCE(${from}::timestamp, (SELECT min("startMonth") FROM "scored")),
        ${`${options.to}-01`}::timestamp, interval '1 month') AS m
    )
    SELECT to_char(m."month", 'YYYY-MM') AS "month", sum(b."n")::int AS "programs",
           (sum(b."o")::numeric / sum(b."n"))::float8 AS "overall", ARRAY[${layerMeans}]::float8[] AS "layers"
    FROM "months" m JOIN "byMonth" b ON b."month" <= m."month"
    GROUP BY m."month"
    HAVING sum(b."n") > 0`,
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
// by phase, owner party (by name, so one organisation adds up across programs) and accountable
// actor, open / in progress / done. The counting rules live with the counts: RoadmapTally, kept by
// the database's triggers (prisma/migrations/20261124000000_roadmap_tally), so this sums a few rows
// per program, for the whole roadmap or one layer.
export async function queryRoadmap(
  prisma: PrismaClient,
  options: { organisationId: string; programId?: string; layerId?: string },
): Promise<RoadmapAggregate[]> {
  const program = options.programId ? Prisma.sql`AND a."programId" = ${options.programId}` : Prisma.empty;
  return withoutJit(
    prisma,
    prisma.$queryRaw<RoadmapAggregate[]>`
    WITH "roadmaps" AS (
      SELECT DISTINCT ON (a."programId") a."id"
      FROM "Assessment" a JOIN "Program" p ON p."id" = a."programId" AND p."archivedAt" IS NULL
      WHERE a."organisationId" = ${options.organisationId} AND a."roadmapGeneratedAt" IS NOT NULL AND a."status" <> 'ARCHIVED' ${program}
      ORDER BY a."programId", a."createdAt" DESC, a."id" DESC
    )
    SELECT t."dimension", t."key", sum(t."open")::int AS "open", sum(t."inProgress")::int AS "inProgress", sum(t."done")::int AS "done"
    FROM "RoadmapTally" t JOIN "roadmaps" r ON r."id" = t."assessmentId"
    WHERE t."layerId" = ${options.layerId ?? ""}
    GROUP BY t."dimension", t."key"`,
  );
}
