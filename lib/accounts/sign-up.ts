import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { hashPassword } from "@/lib/auth/password-hash";
import { assertAcceptablePassword } from "@/lib/auth/password-policy";
import { normaliseEmail } from "@/lib/auth/normalise-email";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { TSignUpInput } from "./schema";

export type SignUpResult = { userId: string; organisationId: string };

// A new account always comes with its own organisation, administered by the new user.
export async function signUp(input: TSignUpInput): Promise<SignUpResult> {
  const prisma = await db();
  const email = normaliseEmail(input.email);
  assertAcceptablePassword({ password: input.password, email });
  if (await prisma.user.findUnique({ where: { email }, select: { id: true } })) throw emailTaken();
  const passwordHash = await hashPassword(input.password);
  try {
    return await prisma.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { email, name: input.name.trim(), passwordHash } });
      const organisation = await tx.organisation.create({ data: { name: input.organisationName.trim() } });
      await tx.membership.create({ data: { userId: user.id, organisationId: organisation.id, role: "ADMIN" } });
      await recordAuditEvent(tx, {
        organisationId: organisation.id,
        actorUserId: user.id,
        action: "account.signUp",
        targetType: "user",
        targetId: user.id,
        summary: { role: "ADMIN" },
      });
      return { userId: user.id, organisationId: organisation.id };
    });
  } catch (error) {
    // Two sign-ups racing for one email: the unique index decides.
    if ((error as { code?: string }).code === "P2002") throw emailTaken();
    throw error;
  }
}

function emailTaken(): AppError {
  return new AppError({ code: "CONFLICT", messageKey: "emailTaken", fieldErrors: { email: ["emailTaken"] } });
}
