"use server";
import { publicAction } from "@/lib/actions/define-action";
import { enforceRateLimit, requestClient } from "@/lib/rate-limit/consume";
import { ZSignUpInput } from "./schema";
import { signUp } from "./sign-up";

export const signUpAction = publicAction(ZSignUpInput, async (input) => {
  await enforceRateLimit({ name: "signUp", subject: await requestClient() });
  const { organisationId } = await signUp(input);
  return { organisationId };
});
