"use server";
import { publicAction } from "@/lib/actions/define-action";
import { ZSignUpInput } from "./schema";
import { signUp } from "./sign-up";

export const signUpAction = publicAction(ZSignUpInput, async (input) => {
  const { organisationId } = await signUp(input);
  return { organisationId };
});
