import { signUp } from "@/lib/accounts/sign-up";

let counter = 0;

export const TEST_PASSWORD = "correct horse battery staple 42";

export async function createAccount(label: string): Promise<{ userId: string; organisationId: string; email: string }> {
  counter += 1;
  const email = `${label}.${counter}.${Date.now()}@test.example`;
  const result = await signUp({ name: `User ${label}`, email, password: TEST_PASSWORD, organisationName: `Org ${label}` });
  return { ...result, email };
}

export async function createAssessmentFor(account: { userId: string; organisationId: string }, targets = 2) {
  const { createProgram } = await import("@/lib/programs/create-program");
  const { createAssessment } = await import("@/lib/assessments/create-assessment");
  const { LAYER_IDS } = await import("@/lib/content/schema");
  const program = await createProgram({
    userId: account.userId,
    input: { organisationId: account.organisationId, name: "Property tax on DIGIT", platform: "DIGIT", description: "" },
  });
  const assessment = await createAssessment({
    userId: account.userId,
    input: {
      organisationId: account.organisationId,
      programId: program.id,
      title: "Baseline",
      targets: Object.fromEntries(LAYER_IDS.map((id) => [id, targets])) as Record<(typeof LAYER_IDS)[number], number>,
      startFrom: "blank",
    },
  });
  return { programId: program.id, assessmentId: assessment.id };
}

export async function joinAs(options: { organisationId: string; label: string; role: "ADMIN" | "ASSESSOR" | "REVIEWER" | "VIEWER" }) {
  const { db } = await import("@/lib/db/client");
  const account = await createAccount(options.label);
  await (await db()).membership.create({ data: { userId: account.userId, organisationId: options.organisationId, role: options.role } });
  return account;
}
