import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { saveAnswer } from "@/lib/answers/save-answer";
import { layerScoreSql } from "@/lib/assessments/recompute-scores";
import { getContentModel } from "@/lib/content/load";
import type { TContentModel } from "@/lib/content/schema";
import { AppError } from "@/lib/errors";
import { ANSWER_VALUES, type AnswerValue } from "@/lib/scoring/answer-values";
import { scoreLayer, type ScoringLevel } from "@/lib/scoring/score-assessment";
import { createTestDatabase } from "../support/test-database";
import { createAccount, createAssessmentFor, joinAs } from "../support/factories";

// The save path scores the changed layer in SQL, inside its write statement, and serialises
// concurrent saves of one layer through the layer's score row (lib/answers/save-answer.ts).
const content = getContentModel();
const network = content.practices.filter((p) => p.layer === "network");

type Score = { level: number; score: number; completion: number };

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("answer save", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.dispose());

  // What scoreLayer makes of the stored answers, next to what AssessmentLayerScore holds.
  async function scores(assessmentId: string, layerId: string): Promise<{ stored: Score | null; expected: Score }> {
    const answers = await database.prisma.answer.findMany({ where: { assessmentId, layerId }, select: { practiceId: true, value: true } });
    const layer = scoreLayer({
      layerId,
      practices: content.practices.map((p) => ({ id: p.id, layerId: p.layer, level: p.level })),
      answers: new Map(answers.map((a) => [a.practiceId, a.value])),
    });
    const stored = await database.prisma.assessmentLayerScore.findUnique({
      where: { assessmentId_layerId: { assessmentId, layerId } },
      select: { level: true, score: true, completion: true },
    });
    return { stored, expected: { level: layer.level, score: layer.score, completion: layer.completion } };
  }

  it("scores a layer in SQL exactly as scoreLayer does", async () => {
    const layerArb = fc
      .uniqueArray(
        fc.record({
          level: fc.constantFrom<ScoringLevel>(1, 2, 3, 4),
          n: fc.integer({ min: 1, max: 6 }),
          value: fc.option(fc.constantFrom(...ANSWER_VALUES), { nil: undefined }),
        }),
        { selector: (p) => `${p.level}.${p.n}`, maxLength: 20 },
      )
      .map((ps) => ps.map((p) => ({ id: `NET-${p.level}.${p.n}`, level: p.level, value: p.value })));
    // The save scores the stored answers with its own answer in place of the stored one.
    const overrideArb = fc.option(fc.record({ index: fc.nat(), value: fc.constantFrom(...ANSWER_VALUES) }), { nil: undefined });
    await fc.assert(
      fc.asyncProperty(layerArb, overrideArb, async (practices, pick) => {
        const model = { practices: practices.map((p) => ({ id: p.id, layer: "network", level: p.level })) } as unknown as TContentModel;
        const answered = practices.filter((p): p is typeof p & { value: AnswerValue } => p.value !== undefined);
        const answers = Prisma.sql`SELECT * FROM unnest(${answered.map((p) => p.id)}::text[], ${answered.map((p) => p.value)}::text[]) AS a("practiceId", "value")`;
        const target = pick && practices.length > 0 ? practices[pick.index % practices.length]! : undefined;
        const override = target && pick ? { practiceId: target.id, value: pick.value } : undefined;
        const [sql] = await database.prisma.$queryRaw<Score[]>`${layerScoreSql({ content: model, layerId: "network", answers, override })}`;
        const expected = new Map(answered.map((p) => [p.id, p.value]));
        if (override) expected.set(override.practiceId, override.value);
        const ts = scoreLayer({
          layerId: "network",
          practices: practices.map((p) => ({ id: p.id, layerId: "network", level: p.level })),
          answers: expected,
        });
        // Exact: the same float operations in the same order.
        expect(sql).toEqual({ level: ts.level, score: ts.score, completion: ts.completion });
      }),
      { numRuns: 150 },
    );
  });

  it("keeps the layer score in step with each save, refuses a stale version with the current answer, writes nothing when locked", async () => {
    const admin = await createAccount("save-path");
    const colleague = await joinAs({ organisationId: admin.organisationId, label: "save-colleague", role: "ASSESSOR" });
    const { assessmentId } = await createAssessmentFor(admin);
    const values: AnswerValue[] = ["FULLY", "LARGELY", "PARTIALLY", "NOT_APPLICABLE", "NOT_IMPLEMENTED"];
    for (const [i, practice] of network.entries()) {
      const value = values[i % values.length]!;
      const justification = value === "NOT_APPLICABLE" ? "not here" : undefined;
      const saved = await saveAnswer({ userId: admin.userId, input: { assessmentId, practiceId: practice.id, value, justification, version: 0 } });
      expect(saved).toMatchObject({ practiceId: practice.id, version: 1 });
      const { stored, expected } = await scores(assessmentId, "network");
      expect(stored).toEqual(expected);
    }
    const first = network[0]!;
    await saveAnswer({ userId: colleague.userId, input: { assessmentId, practiceId: first.id, value: "NOT_IMPLEMENTED", notes: "gone", version: 1 } });
    const { stored, expected } = await scores(assessmentId, "network");
    expect(stored).toEqual(expected);

    const before = await database.prisma.answer.findFirstOrThrow({ where: { assessmentId, practiceId: first.id } });
    const stale = await errorOf(saveAnswer({ userId: admin.userId, input: { assessmentId, practiceId: first.id, value: "FULLY", version: 1 } }));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.details?.server).toEqual({
      value: "NOT_IMPLEMENTED",
      notes: "gone",
      justification: null,
      version: 2,
      updatedAt: before.updatedAt.toISOString(),
      updatedBy: "User save-colleague",
    });
    const ahead = await errorOf(saveAnswer({ userId: admin.userId, input: { assessmentId, practiceId: first.id, value: "FULLY", version: 7 } }));
    expect(ahead.code).toBe("CONFLICT");
    const missing = await errorOf(saveAnswer({ userId: admin.userId, input: { assessmentId, practiceId: "IDN-1.1", value: "FULLY", version: 3 } }));
    expect(missing.details).toEqual({ server: null });
    expect(await database.prisma.answer.findFirstOrThrow({ where: { assessmentId, practiceId: first.id } })).toEqual(before);
    expect((await scores(assessmentId, "network")).stored).toEqual(expected);

    // Submitted between the access check and the write: the write statement refuses it too.
    const access = {
      assessment: await database.prisma.assessment.findUniqueOrThrow({ where: { id: assessmentId } }),
      role: "ADMIN" as const,
      actorIds: [],
    };
    await database.prisma.assessment.update({ where: { id: assessmentId }, data: { status: "IN_REVIEW" } });
    const locked = await errorOf(saveAnswer({ userId: admin.userId, access, input: { assessmentId, practiceId: first.id, value: "FULLY", version: 2 } }));
    expect(locked.code).toBe("LOCKED");
    expect(await database.prisma.answer.findFirstOrThrow({ where: { assessmentId, practiceId: first.id } })).toEqual(before);
    expect((await scores(assessmentId, "network")).stored).toEqual(expected);
  });

  it("creates a missing layer score row on save", async () => {
    const admin = await createAccount("save-missing-score");
    const { assessmentId } = await createAssessmentFor(admin);
    await database.prisma.assessmentLayerScore.delete({ where: { assessmentId_layerId: { assessmentId, layerId: "network" } } });
    await saveAnswer({ userId: admin.userId, input: { assessmentId, practiceId: "NET-1.1", value: "FULLY", version: 0 } });
    const { stored, expected } = await scores(assessmentId, "network");
    expect(stored).toEqual(expected);
    expect(expected.completion).toBeGreaterThan(0);
  });

  it("keeps the score in step under concurrent saves of one layer", async () => {
    const admin = await createAccount("save-concurrent");
    const { assessmentId } = await createAssessmentFor(admin);
    const versions = new Map<string, number>();
    const rounds: AnswerValue[] = ["FULLY", "PARTIALLY", "LARGELY"];
    for (const value of rounds) {
      const saved = await Promise.all(
        network.map((p) => saveAnswer({ userId: admin.userId, input: { assessmentId, practiceId: p.id, value, version: versions.get(p.id) ?? 0 } })),
      );
      for (const s of saved) versions.set(s.practiceId, s.version);
      const { stored, expected } = await scores(assessmentId, "network");
      expect(stored).toEqual(expected);
    }
    expect([...versions.values()].every((v) => v === rounds.length)).toBe(true);
  });

  // Needs a second connection, so PostgreSQL only: a save of the layer commits while this save's
  // statement waits for the score row; this save must then score with it, not over it.
  it.runIf(process.env.DATABASE_URL)("re-scores when another save of the layer commits during the write", async () => {
    const admin = await createAccount("save-race");
    const { assessmentId } = await createAssessmentFor(admin);
    await saveAnswer({ userId: admin.userId, input: { assessmentId, practiceId: "NET-1.2", value: "NOT_IMPLEMENTED", version: 0 } });
    let pending: Promise<unknown> = Promise.resolve();
    await database.raw.withLock(7_401, async (other) => {
      // Another writer following the discipline: answer and layer score row in one transaction.
      await other.exec("BEGIN");
      await other.query(
        `UPDATE "AssessmentLayerScore" SET "level" = 0, "score" = 0, "completion" = 0 WHERE "assessmentId" = $1 AND "layerId" = 'network'`,
        [assessmentId],
      );
      await other.query(
        `UPDATE "Answer" SET "value" = 'FULLY', "version" = "version" + 1 WHERE "assessmentId" = $1 AND "practiceId" = 'NET-1.2'`,
        [assessmentId],
      );
      pending = saveAnswer({ userId: admin.userId, input: { assessmentId, practiceId: "NET-1.1", value: "FULLY", version: 0 } });
      for (let i = 0; i < 100; i += 1) {
        const [row] = await other.query<{ waiting: number }>(
          `SELECT count(*)::int AS "waiting" FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
        if (row!.waiting > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await other.exec("COMMIT");
    });
    await pending;
    const { stored, expected } = await scores(assessmentId, "network");
    expect(stored).toEqual(expected);
    // Both answers are in: NET-1.1 and NET-1.2 Fully.
    expect(expected.completion).toBeCloseTo(2 / network.length);
  });
});
