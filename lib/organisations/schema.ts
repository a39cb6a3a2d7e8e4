import { z } from "zod";
import { ZOrganisationName } from "@/lib/accounts/schema";

export const ZCreateOrganisationInput = z.object({ name: ZOrganisationName });
export type TCreateOrganisationInput = z.input<typeof ZCreateOrganisationInput>;
