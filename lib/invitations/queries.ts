import "server-only";
import { AppError } from "@/lib/errors";
import { getInvitationByToken, type PublicInvitation } from "./accept-invitation";
import { ZInvitationToken } from "./schema";

// A malformed token and an unknown one get the same answer.
export async function findInvitationForLink(token: string): Promise<PublicInvitation | null> {
  if (!ZInvitationToken.safeParse(token).success) return null;
  try {
    return await getInvitationByToken(token);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return null;
    throw error;
  }
}
