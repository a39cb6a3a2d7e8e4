import type { World } from "./world";

// One row per route handler, keyed "<METHOD> <route>". The security suites find every handler
// under app/ and fail for one without a row here, so a new route needs one row: how it is
// authenticated and a valid request aimed at the victim organisation's data.
export type RouteCase = {
  // token: Authorization: Bearer (the REST API); session: the signed-in user; none: public.
  auth: "token" | "session" | "none";
  // The route's dynamic segments, aimed at the victim's data.
  params: (world: World) => Record<string, string | string[]>;
  // Method comes from the key; a body when the route takes one.
  body?: (world: World) => { body: BodyInit; contentType?: string };
  // What the victim's own admin gets for the same request (the control).
  allowedStatus: number;
  // Answers everyone 200, with only the caller's own data: the outsider must see none of the victim's.
  scoped?: true;
  // Set when the route addresses no tenant's data, with the reason.
  tenancy?: string;
};

const assessment = (w: World) => ({ assessmentId: w.victim.assessmentId });

export const ROUTE_CASES: Record<string, RouteCase> = {
  "GET /api/v1/assessments": { auth: "token", params: () => ({}), allowedStatus: 200, scoped: true },
  "GET /api/v1/assessments/[assessmentId]/answers": { auth: "token", params: assessment, allowedStatus: 200 },
  "GET /api/v1/assessments/[assessmentId]/answers/[practiceId]": {
    auth: "token",
    params: (w) => ({ assessmentId: w.victim.assessmentId, practiceId: w.victim.answeredPracticeId }),
    allowedStatus: 200,
  },
  "PUT /api/v1/assessments/[assessmentId]/answers/[practiceId]": {
    auth: "token",
    params: (w) => ({ assessmentId: w.victim.assessmentId, practiceId: "NET-2.1" }),
    body: () => ({ body: JSON.stringify({ value: "FULLY", notes: "planted", version: 0 }), contentType: "application/json" }),
    allowedStatus: 200,
  },
  "GET /api/v1/assessments/[assessmentId]/scores": { auth: "token", params: assessment, allowedStatus: 200 },
  "GET /api/assessments/[assessmentId]/exports/[kind]": {
    auth: "session",
    params: (w) => ({ assessmentId: w.victim.assessmentId, kind: "answers.csv" }),
    allowedStatus: 200,
  },
  "GET /api/assessments/[assessmentId]/raci.csv": { auth: "session", params: assessment, allowedStatus: 200 },
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
  },
  "GET /api/evidence/[evidenceId]": { auth: "session", params: (w) => ({ evidenceId: w.victim.evidenceFileId }), allowedStatus: 200 },
  "GET /api/health": {
    auth: "none",
    params: () => ({}),
    allowedStatus: 200,
    tenancy: "liveness only: answers ok or unavailable, no data",
  },
  "POST /api/verify": {
    auth: "none",
    params: () => ({}),
    body: () => ({ body: JSON.stringify({ code: "LW-0000-0000" }), contentType: "application/json" }),
    allowedStatus: 200,
    tenancy: "public by design: anyone holding a file or code may check it",
  },
  "GET /api/auth/[...nextauth]": {
    auth: "none",
    params: () => ({ nextauth: ["providers"] }),
    allowedStatus: 200,
    tenancy: "next-auth's sign-in endpoints: they hold no tenant data",
  },
  "POST /api/auth/[...nextauth]": {
    auth: "none",
    params: () => ({ nextauth: ["callback", "credentials"] }),
    allowedStatus: 200,
    tenancy: "next-auth's sign-in endpoints: they hold no tenant data",
  },
};
