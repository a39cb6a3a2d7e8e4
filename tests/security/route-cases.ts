import fc from "fast-check";
import { ZAnswerBody } from "@/lib/answers/schema";
import { hostileString } from "./hostile-values";
import type { HostileKit, HostileRequest } from "./hostile-requests";
import type { World } from "./world";

// One row per route handler, keyed "<METHOD> <route>". The security suites find every handler
// under app/ and fail for one without a row here, so a new route needs one row: how it is
// authenticated and a valid request aimed at the victim organisation's data.
export type RouteCase = {
  // token: Authorization: Bearer (the REST API); session: the signed-in user; none: public.
  auth: "token" | "session" | "none";
  // The route's dynamic segments, aimed at the victim's data.
  params: (world: World) => Record<string, string | string[]>;
  // Method comes from the key; a body when the route takes one, a query string when it needs one.
  body?: (world: World) => { body: BodyInit; contentType?: string };
  query?: string;
  // What the victim's own admin gets for the same request (the control).
  allowedStatus: number;
  // Answers everyone 200, with only the caller's own data: the outsider must see none of the victim's.
  scoped?: true;
  // Set when the route addresses no tenant's data, with the reason.
  tenancy?: string;
  // Malformed requests for the hostile-input suite, each refused by construction, made as the
  // victim's admin (or with the victim's token).
  hostile: (kit: HostileKit, world: World) => fc.Arbitrary<HostileRequest>;
};

const EVIDENCE_FILES: Array<[string, Uint8Array]> = [
  ["empty.txt", new Uint8Array()],
  ["binary.txt", new Uint8Array([0, 1, 2, 3, 255, 254])],
  ["tool.exe", new Uint8Array([0x4d, 0x5a, 0x90, 0x00])],
  ["page.html", new TextEncoder().encode("<script>alert(1)</script>")],
  ["../../etc/passwd", new TextEncoder().encode("root:x:0:0")],
];

const assessment = (w: World) => ({ assessmentId: w.victim.assessmentId });
const hostileAssessment = (kit: HostileKit, w: World) => kit.params(assessment(w)).map((params) => ({ params }));

export const ROUTE_CASES: Record<string, RouteCase> = {
  "GET /api/v1/assessments": {
    auth: "token",
    params: () => ({}),
    allowedStatus: 200,
    scoped: true,
    hostile: (kit) => fc.record({ params: fc.constant({}), authorization: kit.authorization(), query: kit.query() }),
  },
  "GET /api/v1/assessments/[assessmentId]/answers": { auth: "token", params: assessment, allowedStatus: 200, hostile: hostileAssessment },
  "GET /api/v1/assessments/[assessmentId]/answers/[practiceId]": {
    auth: "token",
    params: (w) => ({ assessmentId: w.victim.assessmentId, practiceId: w.victim.answeredPracticeId }),
    allowedStatus: 200,
    hostile: (kit, w) => kit.params({ assessmentId: w.victim.assessmentId, practiceId: w.victim.answeredPracticeId }).map((params) => ({ params })),
  },
  "PUT /api/v1/assessments/[assessmentId]/answers/[practiceId]": {
    auth: "token",
    params: (w) => ({ assessmentId: w.victim.assessmentId, practiceId: "NET-2.1" }),
    body: () => ({ body: JSON.stringify({ value: "FULLY", notes: "planted", version: 0 }), contentType: "application/json" }),
    allowedStatus: 200,
    hostile: (kit, w) => {
      const valid = { assessmentId: w.victim.assessmentId, practiceId: "NET-2.1" };
      const body = { value: "FULLY", notes: "planted", version: 0 };
      return fc.oneof(
        kit.params(valid).map((params) => ({ params, body: { body: JSON.stringify(body), contentType: "application/json" } })),
        kit.jsonBody(body, ZAnswerBody).map((b) => ({ params: valid, body: b })),
      );
    },
  },
  "GET /api/v1/assessments/[assessmentId]/scores": { auth: "token", params: assessment, allowedStatus: 200, hostile: hostileAssessment },
  "GET /api/assessments/[assessmentId]/exports/[kind]": {
    auth: "session",
    params: (w) => ({ assessmentId: w.victim.assessmentId, kind: "answers.csv" }),
    allowedStatus: 200,
    hostile: (kit, w) => kit.params({ assessmentId: w.victim.assessmentId, kind: "answers.csv" }).map((params) => ({ params })),
  },
  "GET /api/orgs/[orgId]/audit/export": {
    auth: "session",
    params: (w) => ({ orgId: w.victim.organisationId }),
    query: "format=json",
    allowedStatus: 200,
    hostile: (kit, w) => fc.record({ params: kit.params({ orgId: w.victim.organisationId }), query: kit.query() }),
  },
  "GET /api/assessments/[assessmentId]/raci.csv": { auth: "session", params: assessment, allowedStatus: 200, hostile: hostileAssessment },
  "POST /api/assessments/[assessmentId]/evidence": {
    auth: "session",
    params: assessment,
    body: () => {
      const form = new FormData();
      form.set("practiceId", "NET-1.1");
      form.set("description", "planted");
      form.set("file", new File(["planted evidence\n"], "planted.txt", { type: "text/plain" }));
      return { body: form };
    },
    allowedStatus: 201,
    hostile: (kit, w) => {
      const form = (fields: { practiceId: string; description: string; file?: [string, Uint8Array] }) => {
        const data = new FormData();
        data.set("practiceId", fields.practiceId);
        data.set("description", fields.description);
        if (fields.file) data.set("file", new File([fields.file[1] as BlobPart], fields.file[0]));
        return { body: data };
      };
      const valid = { practiceId: "NET-1.1", description: "planted", file: ["ok.txt", new TextEncoder().encode("ok\n")] as [string, Uint8Array] };
      return fc.oneof(
        // A hostile or foreign assessment with an acceptable file.
        hostileAssessment(kit, w).map((r) => ({ ...r, body: form(valid) })),
        // A practice that is not one, with any description.
        fc.tuple(hostileString, hostileString).map(([practiceId, description]) => ({ params: assessment(w), body: form({ ...valid, practiceId, description }) })),
        // A file that is refused (empty, binary named as text, an executable, markup, a path), or none.
        fc.tuple(fc.option(fc.constantFrom(...EVIDENCE_FILES), { nil: undefined }), hostileString).map(([file, description]) => ({
          params: assessment(w),
          body: form({ ...valid, description, file }),
        })),
        // Not multipart at all.
        kit.jsonBody({}).map((body) => ({ params: assessment(w), body })),
      );
    },
  },
  "GET /api/evidence/[evidenceId]": {
    auth: "session",
    params: (w) => ({ evidenceId: w.victim.evidenceFileId }),
    allowedStatus: 200,
    hostile: (kit, w) => kit.params({ evidenceId: w.victim.evidenceFileId }).map((params) => ({ params })),
  },
  "GET /api/health": {
    auth: "none",
    params: () => ({}),
    allowedStatus: 200,
    tenancy: "liveness only: answers ok or unavailable, no data",
    hostile: (kit) => fc.record({ params: fc.constant({}), query: kit.query(), authorization: kit.authorization() }),
  },
  "POST /api/verify": {
    auth: "none",
    params: () => ({}),
    body: () => ({ body: JSON.stringify({ code: "LW-0000-0000" }), contentType: "application/json" }),
    allowedStatus: 200,
    tenancy: "public by design: anyone holding a file or code may check it",
    hostile: (kit) =>
      fc.oneof(
        kit.jsonBody({ code: "LW-0000-0000" }).map((body) => ({ params: {}, body })),
        fc.uint8Array({ maxLength: 2000 }).map((bytes) => {
          const data = new FormData();
          data.set("file", new File([bytes as BlobPart], "export.json"));
          return { params: {}, body: { body: data } };
        }),
      ),
  },
  "GET /api/auth/[...nextauth]": {
    auth: "none",
    params: () => ({ nextauth: ["providers"] }),
    allowedStatus: 200,
    tenancy: "next-auth's sign-in endpoints: they hold no tenant data",
    hostile: (kit) =>
      fc.record({ params: fc.record({ nextauth: fc.array(hostileString.filter((s) => s.length > 0 && s.length < 200), { minLength: 1, maxLength: 3 }) }), query: kit.query() }),
  },
  "POST /api/auth/[...nextauth]": {
    auth: "none",
    params: () => ({ nextauth: ["callback", "credentials"] }),
    allowedStatus: 200,
    tenancy: "next-auth's sign-in endpoints: they hold no tenant data",
    hostile: () =>
      fc.record({
        params: fc.oneof(
          fc.constant({ nextauth: ["callback", "credentials"] as string[] }),
          fc.record({ nextauth: fc.array(hostileString.filter((s) => s.length > 0 && s.length < 200), { minLength: 1, maxLength: 3 }) }),
        ),
        body: fc
          .tuple(hostileString, hostileString, hostileString)
          .map(([email, password, csrfToken]) => ({
            body: new URLSearchParams({ email, password, csrfToken }).toString(),
            contentType: "application/x-www-form-urlencoded",
          })),
      }),
  },
};
