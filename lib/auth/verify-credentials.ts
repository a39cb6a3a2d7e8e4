import "server-only";
import { db } from "@/lib/db/client";
import { normaliseEmail } from "./normalise-email";
import { verifyAgainstDummy, verifyPassword } from "./password-hash";
import { assertSignInNotLocked, clearSignInFailures, countSignInFailure } from "./sign-in-attempts";

export type VerifiedUser = { id: string; email: string; name: string };

export async function verifyCredentials(input: { email: string; password: string }): Promise<VerifiedUser | null> {
  const email = normaliseEmail(input.email);
  const prisma = await db();
  const user = await prisma.user.findUnique({ where: { email } });
  await assertSignInNotLocked({ email, userId: user?.id ?? null });

  const ok = user?.passwordHash
    ? await verifyPassword({ hash: user.passwordHash, password: input.password })
    : await verifyAgainstDummy(input.password);

  if (ok && user) {
    // An enrolled user's counter is cleared only once the second factor is given too.
    if (!user.mfaEnabledAt) await clearSignInFailures(email);
    return { id: user.id, email: user.email, name: user.name };
  }
  await countSignInFailure({ email, userId: user?.id ?? null, step: "password" });
  return null;
}
