import "server-only";
import { sealTextField } from "@/lib/crypto/field-cipher";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { qrPath, type QrPath } from "./qr-code";
import { createTotpSecret, totpUri } from "./totp";

export type MfaEnrolment = { secret: string; uri: string; qr: QrPath };

const ISSUER = "Layerwise";

// A new seed each time enrolment starts; it only counts once a code from it is confirmed.
export async function startMfaEnrolment(options: { userId: string }): Promise<MfaEnrolment> {
  const prisma = await db();
  const secret = createTotpSecret();
  const { count } = await prisma.user.updateMany({
    where: { id: options.userId, mfaEnabledAt: null },
    data: { mfaSecret: sealTextField({ table: "User", column: "mfaSecret", row: { id: options.userId }, value: secret }), mfaLastStep: null },
  });
  if (count === 0) throw new AppError({ code: "CONFLICT", messageKey: "mfaAlreadyEnabled" });
  const { email } = await prisma.user.findUniqueOrThrow({ where: { id: options.userId }, select: { email: true } });
  const uri = totpUri({ secret, accountName: email, issuer: ISSUER });
  return { secret, uri, qr: qrPath(uri) };
}
