"use server";
import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/define-action";
import { createApiToken } from "./create-api-token";
import { revokeApiToken } from "./revoke-api-token";
import { ZCreateApiTokenInput, ZRevokeApiTokenInput } from "./schema";

const pagePath = (organisationId: string) => `/orgs/${organisationId}/settings/api-tokens`;

export const createApiTokenAction = authedAction(ZCreateApiTokenInput, async (input, { user }) => {
  const created = await createApiToken({ userId: user.id, input });
  revalidatePath(pagePath(input.organisationId));
  return { name: created.name, token: created.token, expiresAt: created.expiresAt?.toISOString() ?? null };
});

export const revokeApiTokenAction = authedAction(ZRevokeApiTokenInput, async (input, { user }) => {
  await revokeApiToken({ userId: user.id, input });
  revalidatePath(pagePath(input.organisationId));
});
