"use server";
import { authedAction } from "@/lib/actions/define-action";
import { createOrganisation } from "./create-organisation";
import { ZCreateOrganisationInput } from "./schema";

export const createOrganisationAction = authedAction(ZCreateOrganisationInput, (input, { user }) =>
  createOrganisation({ userId: user.id, input }),
);
