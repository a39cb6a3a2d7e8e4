import { register } from "node:module";

export type BenchSeed = {
  userId: string;
  assessmentId: string;
  token: string;
  practices: Array<{ id: string; layerId: string }>;
};

// lib/ modules start with `import "server-only"`, which throws outside React Server Components;
// this process is a trusted server-side script, so the marker resolves to an empty module here.
const SERVER_ONLY_HOOK = `export async function resolve(specifier, context, next) {
  return specifier === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : next(specifier, context);
}`;

export function allowServerOnlyImports(): void {
  register(`data:text/javascript,${encodeURIComponent(SERVER_ONLY_HOOK)}`);
}

// Seeds through the same lib/ functions the app uses (migrations included), then lets go of the
// database so the server under test has the connections to itself.
export async function seedBenchDatabase(databaseUrl: string): Promise<BenchSeed> {
  allowServerOnlyImports();
  const { openPostgres } = await import("../lib/db/raw");
  const { prepareDatabase, setActiveDatabase } = await import("../lib/db/client");
  const { storeCurrentContent } = await import("../lib/content/snapshot");
  const { signUp } = await import("../lib/accounts/sign-up");
  const { createProgram } = await import("../lib/programs/create-program");
  const { createAssessment } = await import("../lib/assessments/create-assessment");
  const { createApiToken } = await import("../lib/api-tokens/create-api-token");
  const { LAYER_IDS } = await import("../lib/content/schema");

  const database = await prepareDatabase(await openPostgres(databaseUrl));
  setActiveDatabase(database);
  try {
    const content = await storeCurrentContent(database.prisma);
    const account = await signUp({
      name: "Bench Runner",
      email: "bench@bench.example",
      password: "correct horse battery staple 42",
      organisationName: "Bench organisation",
    });
    const { organisationId, userId } = account;
    const program = await createProgram({
      userId,
      input: { organisationId, name: "Bench program", platform: "DIGIT", description: "" },
    });
    const targets = Object.fromEntries(LAYER_IDS.map((id) => [id, 2])) as Record<(typeof LAYER_IDS)[number], number>;
    const assessment = await createAssessment({
      userId,
      input: { organisationId, programId: program.id, title: "Bench assessment", targets, startFrom: "blank" },
    });
    const { token } = await createApiToken({ userId, input: { organisationId, name: "bench" } });
    return {
      userId,
      assessmentId: assessment.id,
      token,
      practices: content.practices.map((p) => ({ id: p.id, layerId: p.layer })),
    };
  } finally {
    await database.prisma.$disconnect();
    await database.raw.close();
  }
}
