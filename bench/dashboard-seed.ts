// The dashboard benchmark's data: one organisation with 500 programs, 2,000 assessments (three
// approved a few months apart and one draft per program, so trends have history) and an answer
// to every practice of every assessment (2,000 x the content's practices, about 214,000 with the
// current content), RACI cells, ISMS items, parties and the drafts' roadmaps. Bulk
// INSERT ... SELECT over generate_series: seconds, not the minutes row-by-row writes would take.
// Layer scores are computed with lib/scoring from the inserted answers, as the save path keeps them;
// the database's triggers fill the dashboards' roll-ups (AssessmentLevels, RoadmapTally) from them.
import type { Database } from "../lib/db/client";

export const BENCH_PROGRAMS = 500;
export const ASSESSMENTS_PER_PROGRAM = 4;
export const BENCH_EMAIL = "ciso@bench.example";
export const BENCH_PASSWORD = "correct horse battery staple 42";

export type DashboardSeed = { organisationId: string; programs: number; assessments: number; answers: number; roadmapItems: number };

export async function seedDashboardData(database: Database): Promise<DashboardSeed> {
  const { storeCurrentContent } = await import("../lib/content/snapshot");
  const { signUp } = await import("../lib/accounts/sign-up");
  const { scoreAssessment } = await import("../lib/scoring/score-assessment");
  const { raw, prisma } = database;
  const content = await storeCurrentContent(prisma);
  const { organisationId, userId } = await signUp({ name: "Bench CISO", email: BENCH_EMAIL, password: BENCH_PASSWORD, organisationName: "Bench ministry" });
  const layerIds = content.layers.map((l) => l.id);
  const practices = content.practices.map((p) => ({ id: p.id, layerId: p.layer, level: p.level }));
  const q = (sql: string, params: unknown[] = []) => raw.query(sql, params);

  await q(
    `INSERT INTO "Program" ("id", "organisationId", "name", "platform", "createdAt", "updatedAt")
     SELECT 'bp' || lpad(p::text, 4, '0'), $1, 'Program ' || lpad(p::text, 4, '0'), 'DIGIT', now(), now()
     FROM generate_series(1, ${BENCH_PROGRAMS}) AS p`,
    [organisationId],
  );
  // Assessment s (0..3) of program p: 0-2 approved about 7 months apart, 3 a draft with a roadmap.
  await q(
    `INSERT INTO "Assessment" ("id", "organisationId", "programId", "title", "status", "contentVersion", "createdById",
                               "approvedAt", "roadmapGeneratedAt", "createdAt", "updatedAt")
     SELECT 'ba' || lpad(p::text, 4, '0') || '-' || s, $1, 'bp' || lpad(p::text, 4, '0'), 'Assessment ' || (s + 1),
            (CASE WHEN s < 3 THEN 'APPROVED' ELSE 'DRAFT' END)::"AssessmentStatus", $2, $3,
            CASE WHEN s < 3 THEN now() - make_interval(days => (22 - 7 * s) * 30 + p % 60) END,
            CASE WHEN s = 3 THEN now() END,
            now() - make_interval(days => (23 - 7 * s) * 30 + p % 60), now()
     FROM generate_series(1, ${BENCH_PROGRAMS}) AS p, generate_series(0, ${ASSESSMENTS_PER_PROGRAM - 1}) AS s`,
    [organisationId, content.version, userId],
  );
  await q(
    `INSERT INTO "LayerTarget" ("assessmentId", "layerId", "level")
     SELECT a."id", l, 3 FROM "Assessment" a, unnest($2::text[]) AS l WHERE a."organisationId" = $1`,
    [organisationId, layerIds],
  );
  // Each layer reaches a level that grows from one approved assessment to the next (half the drafts
  // slip back); every 50th program's APIs are all not applicable.
  await q(
    `INSERT INTO "Answer" ("id", "assessmentId", "practiceId", "layerId", "value", "justification", "updatedById", "createdAt", "updatedAt")
     SELECT a."id" || ':' || pr."id", a."id", pr."id", pr."layerId",
            (CASE
               WHEN pr."layerId" = 'apis' AND p % 50 = 0 THEN 'NOT_APPLICABLE'
               WHEN pr."level" <= r.reached THEN CASE WHEN (p + pr."ord") % 3 = 0 THEN 'LARGELY' ELSE 'FULLY' END
               WHEN pr."level" = r.reached + 1 THEN CASE WHEN (p + pr."ord") % 2 = 0 THEN 'PARTIALLY' ELSE 'NOT_IMPLEMENTED' END
               ELSE 'NOT_IMPLEMENTED' END)::"AnswerValue",
            CASE WHEN pr."layerId" = 'apis' AND p % 50 = 0 THEN 'No public APIs' END, $1, now(), now()
     FROM generate_series(1, ${BENCH_PROGRAMS}) AS p
     CROSS JOIN generate_series(0, ${ASSESSMENTS_PER_PROGRAM - 1}) AS s
     CROSS JOIN unnest($2::text[], $3::text[], $4::int[]) WITH ORDINALITY AS pr("id", "layerId", "level", "ord")
     CROSS JOIN LATERAL (SELECT least(4, greatest(0,
       (p * 7 + array_position($5::text[], pr."layerId") * 5) % 4 + p % 3 - 2 + s - CASE WHEN s = 3 AND p % 2 = 0 THEN 2 ELSE 0 END)) AS reached) AS r
     JOIN "Assessment" a ON a."id" = 'ba' || lpad(p::text, 4, '0') || '-' || s`,
    [userId, practices.map((p) => p.id), practices.map((p) => p.layerId), practices.map((p) => p.level), layerIds],
  );

  // Stored layer scores, from lib/scoring, as the answer save path keeps them.
  const answers = await q(`SELECT "assessmentId", "practiceId", "value"::text AS "value" FROM "Answer" a JOIN "Assessment" x ON x."id" = a."assessmentId" WHERE x."organisationId" = $1`, [organisationId]);
  const byAssessment = new Map<string, Map<string, never>>();
  for (const row of answers as Array<{ assessmentId: string; practiceId: string; value: never }>) {
    const map = byAssessment.get(row.assessmentId) ?? new Map<string, never>();
    map.set(row.practiceId, row.value);
    byAssessment.set(row.assessmentId, map);
  }
  const scores = { ids: [] as string[], layers: [] as string[], levels: [] as number[], scores: [] as number[], completions: [] as number[] };
  for (const [assessmentId, map] of byAssessment) {
    for (const layer of scoreAssessment({ layerIds, practices, answers: map }).layers) {
      scores.ids.push(assessmentId);
      scores.layers.push(layer.layerId);
      scores.levels.push(layer.level);
      scores.scores.push(layer.score);
      scores.completions.push(layer.completion);
    }
  }
  await q(
    `INSERT INTO "AssessmentLayerScore" ("assessmentId", "layerId", "level", "score", "completion", "updatedAt")
     SELECT *, now() FROM unnest($1::text[], $2::text[], $3::int[], $4::float8[], $5::float8[])`,
    [scores.ids, scores.layers, scores.levels, scores.scores, scores.completions],
  );

  // RACI: every layer row has the program owner Accountable and the SI Responsible; in every third
  // assessment the network row has two Accountable actors (nobody single), and NET-1.1 an override.
  await q(
    `INSERT INTO "RaciCell" ("id", "assessmentId", "rowKey", "actorId", "role")
     SELECT a."id" || ':' || l || ':' || c.actor, a."id", l, c.actor, c.role::"RaciRole"
     FROM "Assessment" a, unnest($2::text[]) AS l,
          (VALUES ('program-owner', 'A'), ('solution-implementing-agency', 'R'), ('platform-provider', 'C')) AS c(actor, role)
     WHERE a."organisationId" = $1
     UNION ALL
     SELECT a."id" || ':network:infra-provider', a."id", 'network', 'infra-provider', 'A'::"RaciRole"
     FROM "Assessment" a WHERE a."organisationId" = $1 AND abs(hashtext(a."id")) % 3 = 0
     UNION ALL
     SELECT a."id" || ':NET-1.1:platform-provider', a."id", 'NET-1.1', 'platform-provider', 'A'::"RaciRole"
     FROM "Assessment" a WHERE a."organisationId" = $1`,
    [organisationId, layerIds],
  );
  await q(
    `INSERT INTO "IsmsItemStatus" ("assessmentId", "itemId", "status", "updatedById", "updatedAt")
     SELECT a."id", i, 'IN_PLACE'::"IsmsStatus", $2, now()
     FROM "Assessment" a, unnest(ARRAY['ISMS-4.4', 'ISMS-6.1.2', 'ISMS-9.2', 'ISMS-9.3']) WITH ORDINALITY AS t(i, n)
     WHERE a."organisationId" = $1 AND n <= 1 + abs(hashtext(a."id")) % 4`,
    [organisationId, userId],
  );
  // Three parties per draft, named from a pool of 20 organisations, and its roadmap: one item per gap.
  await q(
    `INSERT INTO "Party" ("id", "assessmentId", "name", "actors", "createdAt")
     SELECT a."id" || ':party' || k, a."id", 'Agency ' || ((abs(hashtext(a."id")) + k) % 20 + 1), ARRAY['solution-implementing-agency'], now()
     FROM "Assessment" a, generate_series(1, 3) AS k WHERE a."organisationId" = $1 AND a."status" = 'DRAFT'`,
    [organisationId],
  );
  await q(
    `INSERT INTO "RoadmapItem" ("id", "assessmentId", "practiceId", "layerId", "phase", "position", "status", "ownerPartyId", "createdAt", "updatedAt")
     SELECT an."id", an."assessmentId", an."practiceId", an."layerId",
            least(3, 1 + (abs(hashtext(an."id")) % 3)), row_number() OVER (PARTITION BY an."assessmentId" ORDER BY an."practiceId")::int,
            (ARRAY['OPEN', 'OPEN', 'IN_PROGRESS', 'DONE'])[1 + abs(hashtext(an."practiceId" || an."assessmentId")) % 4]::"RoadmapStatus",
            CASE WHEN abs(hashtext(an."id")) % 4 = 0 THEN NULL ELSE an."assessmentId" || ':party' || (1 + abs(hashtext(an."id")) % 3) END,
            now(), now()
     FROM "Answer" an JOIN "Assessment" a ON a."id" = an."assessmentId"
     WHERE a."organisationId" = $1 AND a."status" = 'DRAFT' AND an."value" IN ('NOT_IMPLEMENTED', 'PARTIALLY')`,
    [organisationId],
  );
  await q(`ANALYZE`);
  const [counts] = (await q(
    `SELECT (SELECT count(*)::int FROM "Program" WHERE "organisationId" = $1) AS "programs",
            (SELECT count(*)::int FROM "Assessment" WHERE "organisationId" = $1) AS "assessments",
            (SELECT count(*)::int FROM "Answer") AS "answers",
            (SELECT count(*)::int FROM "RoadmapItem") AS "roadmapItems"`,
    [organisationId],
  )) as [Omit<DashboardSeed, "organisationId">];
  return { organisationId, ...counts };
}
