"use server";
import { authedAction } from "@/lib/actions/define-action";
import { addEvidenceLink } from "./add-evidence";
import { removeEvidence } from "./remove-evidence";
import { ZAddEvidenceLinkInput, ZRemoveEvidenceInput } from "./schema";

export const addEvidenceLinkAction = authedAction(ZAddEvidenceLinkInput, (input, { user }) =>
  addEvidenceLink({ userId: user.id, input }),
);

export const removeEvidenceAction = authedAction(ZRemoveEvidenceInput, (input, { user }) =>
  removeEvidence({ userId: user.id, evidenceId: input.evidenceId }),
);
