import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as getAnswer, PUT as putAnswer } from "@/app/api/v1/assessments/[assessmentId]/answers/[practiceId]/route";
import { GET as listAnswers } from "@/app/api/v1/assessments/[assessmentId]/answers/route";
import { GET as getScores } from "@/app/api/v1/assessments/[assessmentId]/scores/route";
import { GET as listAssessments } from "@/app/api/v1/assessments/route";
import { apiErrorResponse, type ApiErrorBody } from "@/lib/api/api-error-response";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { getContentModel } from "@/lib/content/load";
import { logger } from "@/lib/log";
import { createTestDatabase } from "../support/test-database";
import { createAccount, createAssessmentFor, joinAs } from "../support/factories";

type Account = { userId: string; organisationId: string };
type Ids = { assessmentId: string; practiceId?: string };

const BASE = "http://layerwise.test/api/v1/assessments";

function request(options: { token?: string; method?: string; path?: string; body?: string }): Request {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  return new Request(`${BASE}${options.path ?? ""}`, { method: options.method ?? "GET", headers, body: options.body });
}

const params = <T extends Ids>(ids: T) => ({ params: Promise.resolve(ids) });

const api = {
  list: (token?: string) => listAssessments(request({ token })),
  answers: (token: string | undefined, assessmentId: string) =>
    listAnswers(request({ token, path: `/${assessmentId}/answers` }), params({ assessmentId })),
  answer: (token: string | undefined, ids: Required<Ids>) =>
    getAnswer(request({ token, path: `/${ids.assessmentId}/answers/${ids.practiceId}` }), params(ids)),
  scores: (token: string | undefined, assessmentId: string) =>
    getScores(request({ token, path: `/${assessmentId}/scores` }), params({ assessmentId })),
  put: (token: string | undefined, ids: Required<Ids>, body: unknown) =>
    putAnswer(
      request({ token, method: "PUT", path: `/${ids.assessmentId}/answers/${ids.practiceId}`, body: typeof body === "string" ? body : JSON.stringify(body) }),
      params(ids),
    ),
};

async function json<T>(response: Response, status: number): Promise<T> {
  const text = await response.text();
  const body = JSON.parse(text) as T;
  expect({ status: response.status, body }).toMatchObject({ status });
  expect(response.headers.get("cache-control")).toBe("no-store");
  expect(response.headers.get("content-length")).toBe(String(Buffer.byteLength(text)));
  return body;
}

const errorOf = (response: Response, status: number) => json<ApiErrorBody>(response, status).then((b) => b.error);

async function tokenFor(account: Account): Promise<string> {
  return (await createApiToken({ userId: account.userId, input: { organisationId: account.organisationId, name: "test" } })).token;
}

describe("REST API v1", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let owner: Account;
  let token: string;
  let assessmentId: string;
  let programId: string;
  const content = getContentModel();

  beforeAll(async () => {
    database = await createTestDatabase();
    owner = await createAccount("api-owner");
    token = await tokenFor(owner);
    ({ assessmentId, programId } = await createAssessmentFor(owner));
  });
  afterAll(async () => database.dispose());

  it("answers 401 JSON on every route without a valid token", async () => {
    const ids = { assessmentId, practiceId: "NET-1.1" };
    for (const response of [
      await api.list(),
      await api.list("lw_garbage"),
      await api.answers(undefined, assessmentId),
      await api.answer(undefined, ids),
      await api.scores(undefined, assessmentId),
      await api.put(undefined, ids, { value: "FULLY", version: 0 }),
    ]) {
      expect(response.headers.get("www-authenticate")).toBe("Bearer");
      const error = await errorOf(response, 401);
      expect(error.code).toBe("UNAUTHENTICATED");
      expect(error.message).toMatch(/API token/);
    }
    expect(await database.prisma.answer.count({ where: { assessmentId } })).toBe(0);
  });

  it("lists the token organisation's assessments", async () => {
    const other = await createAccount("api-list-other");
    await createAssessmentFor(other);
    const { assessments } = await json<{ assessments: Array<Record<string, unknown>> }>(await api.list(token), 200);
    expect(assessments).toEqual([
      {
        id: assessmentId,
        title: "Baseline",
        programId,
        programName: "Property tax on DIGIT",
        status: "DRAFT",
        contentVersion: content.version,
        createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      },
    ]);
  });

  it("reads and writes answers with the version check: a stale write is 409 with the current answer", async () => {
    const ids = { assessmentId, practiceId: "NET-1.1" };
    expect((await errorOf(await api.answer(token, ids), 404)).code).toBe("NOT_FOUND");

    const created = await json<{ answer: { version: number } }>(await api.put(token, ids, { value: "PARTIALLY", notes: "firewall only", version: 0 }), 200);
    expect(created.answer).toMatchObject({ practiceId: "NET-1.1", version: 1 });
    const updated = await json<{ answer: { version: number } }>(await api.put(token, ids, { value: "FULLY", version: 1 }), 200);
    expect(updated.answer.version).toBe(2);

    const stale = await errorOf(await api.put(token, ids, { value: "NOT_IMPLEMENTED", version: 1 }), 409);
    expect(stale.code).toBe("CONFLICT");
    expect(stale.details?.server).toMatchObject({ value: "FULLY", version: 2, notes: null, updatedBy: "User api-owner" });
    expect((await errorOf(await api.put(token, ids, { value: "FULLY", version: 0 }), 409)).code).toBe("CONFLICT");

    const { answer } = await json<{ answer: Record<string, unknown> }>(await api.answer(token, ids), 200);
    expect(answer).toEqual({
      practiceId: "NET-1.1",
      value: "FULLY",
      notes: null,
      justification: null,
      version: 2,
      needsReconfirmation: false,
      updatedAt: expect.any(String),
    });
    const { answers } = await json<{ answers: Array<Record<string, unknown>> }>(await api.answers(token, assessmentId), 200);
    expect(answers).toEqual([answer]);
  });

  it("refuses invalid bodies and practice ids with 400, writing nothing", async () => {
    const ids = { assessmentId, practiceId: "NET-1.2" };
    const notApplicable = await errorOf(await api.put(token, ids, { value: "NOT_APPLICABLE", version: 0 }), 400);
    expect(notApplicable).toMatchObject({ code: "BAD_INPUT", fieldErrors: { justification: ["Say why this practice does not apply."] } });
    const badValue = await errorOf(await api.put(token, ids, { value: "MOSTLY", version: -1 }), 400);
    expect(Object.keys(badValue.fieldErrors ?? {}).sort()).toEqual(["value", "version"]);
    const notObject = await errorOf(await api.put(token, ids, "[1, 2]"), 400);
    expect(notObject.fieldErrors?.body).toHaveLength(1);

    const malformed = await errorOf(await api.put(token, ids, "{ value: FULLY"), 400);
    expect(malformed).toEqual({ code: "BAD_INPUT", message: "The request body is not valid JSON." });
    const empty = await errorOf(await api.put(token, ids, ""), 400);
    expect(empty.message).toBe("The request body is not valid JSON.");
    const huge = await errorOf(await api.put(token, ids, JSON.stringify({ value: "FULLY", version: 0, notes: "x".repeat(70_000) })), 400);
    expect(huge.message).toMatch(/larger than 64 KB/);

    const unknown = await errorOf(await api.put(token, { assessmentId, practiceId: "NET-4.99" }, { value: "FULLY", version: 0 }), 400);
    expect(unknown).toEqual({ code: "BAD_INPUT", message: "NET-4.99 is not a practice of this assessment's questionnaire." });
    const malformedId = await errorOf(await api.put(token, { assessmentId, practiceId: "nope" }, { value: "FULLY", version: 0 }), 400);
    expect(malformedId.fieldErrors?.practiceId).toEqual(["That practice id is not valid."]);

    expect(await database.prisma.answer.count({ where: { assessmentId, practiceId: { not: "NET-1.1" } } })).toBe(0);
  });

  it("answers 423 for a locked assessment and 403 for a role that cannot answer", async () => {
    const admin = await createAccount("api-locked");
    const { assessmentId: locked } = await createAssessmentFor(admin);
    const adminToken = await tokenFor(admin);
    await database.prisma.assessment.update({ where: { id: locked }, data: { status: "APPROVED" } });
    const error = await errorOf(await api.put(adminToken, { assessmentId: locked, practiceId: "NET-1.1" }, { value: "FULLY", version: 0 }), 423);
    expect(error.code).toBe("LOCKED");

    const viewer = await joinAs({ organisationId: owner.organisationId, label: "api-viewer", role: "VIEWER" });
    const viewerToken = await tokenFor({ userId: viewer.userId, organisationId: owner.organisationId });
    const ids = { assessmentId, practiceId: "NET-1.3" };
    expect((await errorOf(await api.put(viewerToken, ids, { value: "FULLY", version: 0 }), 403)).code).toBe("FORBIDDEN");
    await json(await api.answers(viewerToken, assessmentId), 200);
    expect(await database.prisma.answer.count({ where: { practiceId: "NET-1.3" } })).toBe(0);
  });

  it("treats another organisation's assessment as not found, even for a member of both, and writes nothing", async () => {
    const stranger = await createAccount("api-stranger");
    const strangerToken = await tokenFor(stranger);
    // A member of both organisations: a viewer in the owner's, with a token for their own.
    const both = await joinAs({ organisationId: owner.organisationId, label: "api-both", role: "VIEWER" });
    const bothToken = await tokenFor(both);
    const ids = { assessmentId, practiceId: "NET-2.1" };
    for (const foreignToken of [strangerToken, bothToken]) {
      for (const response of [
        await api.answers(foreignToken, assessmentId),
        await api.answer(foreignToken, { assessmentId, practiceId: "NET-1.1" }),
        await api.scores(foreignToken, assessmentId),
        await api.put(foreignToken, ids, { value: "FULLY", version: 0 }),
        await api.put(foreignToken, ids, "not json"),
        await api.answers(foreignToken, "nosuchassessment"),
      ]) {
        expect((await errorOf(response, 404)).code).toBe("NOT_FOUND");
      }
      const { assessments } = await json<{ assessments: unknown[] }>(await api.list(foreignToken), 200);
      expect(assessments).toEqual([]);
    }
    expect(await database.prisma.answer.count({ where: { assessmentId, practiceId: "NET-2.1" } })).toBe(0);
  });

  it("returns overall and per-layer scores with targets", async () => {
    const admin = await createAccount("api-scores");
    const { assessmentId: scored } = await createAssessmentFor(admin, 3);
    const adminToken = await tokenFor(admin);
    for (const practice of content.practices.filter((p) => p.layer === "identity")) {
      const value = practice.level <= 2 ? "FULLY" : "NOT_IMPLEMENTED";
      await json(await api.put(adminToken, { assessmentId: scored, practiceId: practice.id }, { value, version: 0 }), 200);
    }
    const scores = await json<{ overall: Record<string, number>; layers: Array<Record<string, unknown>> }>(await api.scores(adminToken, scored), 200);
    expect(Object.keys(scores.overall).sort()).toEqual(["completion", "level", "meanLevel", "meanScore"]);
    expect(scores.overall.level).toBe(0);
    expect(scores.layers).toHaveLength(content.layers.length);
    expect(scores.layers.find((l) => l.layerId === "identity")).toMatchObject({ level: 2, completion: 1, target: 3 });
    expect(scores.layers.find((l) => l.layerId === "network")).toMatchObject({ level: 0, score: 0, completion: 0, target: 3 });
  });

  it("hides unexpected errors behind a generic message with a correlation id, logged without the token", async () => {
    const logged = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    const response = apiErrorResponse({ error: new Error("connection string postgres://secret"), request: request({ token }) });
    const error = await errorOf(response, 500);
    expect(error.code).toBe("INTERNAL");
    expect(error.correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(error.message).toContain(error.correlationId);
    expect(JSON.stringify(error)).not.toContain("secret");
    expect(logged).toHaveBeenCalledOnce();
    expect(logged.mock.calls[0]?.[0]).toMatchObject({ correlationId: error.correlationId, method: "GET", path: "/api/v1/assessments" });
    expect(JSON.stringify(logged.mock.calls)).not.toContain(token.slice(3));
    logged.mockRestore();
  });
});
