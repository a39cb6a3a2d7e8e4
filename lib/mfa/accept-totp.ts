import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { checkTotpCode, type TotpCheck } from "./totp";

type Client = Prisma.TransactionClient;

// Checks a code against the user's seed (decrypted by the database client, lib/crypto) and, in the same step, records its time step as the last
// used, conditionally: two requests racing with one code cannot both succeed.
export async function acceptTotp(options: {
  client: Client;
  user: { id: string; mfaSecret: string; mfaLastStep: number | null };
  code: string;
}): Promise<TotpCheck> {
  const { client, user } = options;
  const check = checkTotpCode({ secret: user.mfaSecret, code: options.code, now: new Date(), lastStep: user.mfaLastStep });
  if (!check.ok) return check;
  const { count } = await client.user.updateMany({
    where: { id: user.id, OR: [{ mfaLastStep: null }, { mfaLastStep: { lt: check.step } }] },
    data: { mfaLastStep: check.step },
  });
  return count === 1 ? check : { ok: false, reason: "replayed" };
}
