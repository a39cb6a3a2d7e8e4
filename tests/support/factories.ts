import { signUp } from "@/lib/accounts/sign-up";

let counter = 0;

export const TEST_PASSWORD = "correct horse battery staple 42";

export async function createAccount(label: string): Promise<{ userId: string; organisationId: string; email: string }> {
  counter += 1;
  const email = `${label}.${counter}.${Date.now()}@test.example`;
  const result = await signUp({ name: `User ${label}`, email, password: TEST_PASSWORD, organisationName: `Org ${label}` });
  return { ...result, email };
}
