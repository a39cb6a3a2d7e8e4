import { allowServerOnlyImports } from "../../bench/seed";

export type Assessor = { token: string; assessmentId: string; practiceIds: string[] };

// One organisation, `assessments` drafts and `assessors` members with the Assessor role, each with
// an API token of their own. The assessors of one assessment split its practices between them, so
// their saves never conflict: any 409 or lost save under load is the server's fault, not the test's.
// Seeded through the app's own lib/ functions (migrations included); the database is let go of
// afterwards so the server under test has the connections to itself.
export async function seedAssessors(options: { databaseUrl: string; assessors: number; assessments: number }): Promise<Assessor[]> {
  allowServerOnlyImports();
  const { openPostgres } = await import("../../lib/db/raw");
  const { prepareDatabase, setActiveDatabase } = await import("../../lib/db/client");
  const { storeCurrentContent } = await import("../../lib/content/snapshot");
  const { signUp } = await import("../../lib/accounts/sign-up");
  const { createProgram } = await import("../../lib/programs/create-program");
  const { createAssessment } = await import("../../lib/assessments/create-assessment");
  const { createApiToken } = await import("../../lib/api-tokens/create-api-token");
  const { LAYER_IDS } = await import("../../lib/content/schema");

  const database = await prepareDatabase(await openPostgres(options.databaseUrl));
  setActiveDatabase(database);
  const { prisma } = database;
  try {
    const content = await storeCurrentContent(prisma);
    const lead = await signUp({
      name: "Load lead",
      email: "lead@load.example",
      password: "correct horse battery staple 42",
      organisationName: "Load organisation",
    });
    const { organisationId } = lead;
    const program = await createProgram({
      userId: lead.userId,
      input: { organisationId, name: "Load program", platform: "DIGIT", description: "" },
    });
    const targets = Object.fromEntries(LAYER_IDS.map((id) => [id, 2])) as Record<(typeof LAYER_IDS)[number], number>;
    const assessmentIds: string[] = [];
    for (let i = 0; i < options.assessments; i += 1) {
      const assessment = await createAssessment({
        userId: lead.userId,
        input: { organisationId, programId: program.id, title: `Load assessment ${i + 1}`, targets, startFrom: "blank" },
      });
      assessmentIds.push(assessment.id);
    }
    const perAssessment = Math.ceil(options.assessors / options.assessments);
    const practiceIds = content.practices.map((p) => p.id);
    const assessors: Assessor[] = [];
    for (let k = 0; k < options.assessors; k += 1) {
      // Assessors sign in with tokens only, so no password (and no slow password hash) is needed.
      const user = await prisma.user.create({ data: { email: `assessor-${k}@load.example`, name: `Assessor ${k}` } });
      await prisma.membership.create({ data: { userId: user.id, organisationId, role: "ASSESSOR" } });
      const { token } = await createApiToken({ userId: user.id, input: { organisationId, name: "load" } });
      const slot = Math.floor(k / options.assessments);
      assessors.push({
        token,
        assessmentId: assessmentIds[k % options.assessments]!,
        practiceIds: practiceIds.filter((_, i) => i % perAssessment === slot),
      });
    }
    return assessors;
  } finally {
    await prisma.$disconnect();
    await database.raw.close();
  }
}
