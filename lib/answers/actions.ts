"use server";
import { authedAction } from "@/lib/actions/define-action";
import { saveAnswer } from "./save-answer";
import { ZSaveAnswerInput } from "./schema";

// No revalidatePath here: the questionnaire refreshes itself after a save, and autosave must stay cheap.
export const saveAnswerAction = authedAction(ZSaveAnswerInput, (input, { user }) => saveAnswer({ userId: user.id, input }));
