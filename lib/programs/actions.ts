"use server";
import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/define-action";
import { createProgram } from "./create-program";
import { ZCreateProgramInput } from "./schema";

export const createProgramAction = authedAction(ZCreateProgramInput, async (input, { user }) => {
  const program = await createProgram({ userId: user.id, input });
  revalidatePath(`/orgs/${input.organisationId}/programs`);
  return program;
});
