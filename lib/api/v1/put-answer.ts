import "server-only";
import type { ApiPrincipal } from "@/lib/api-tokens/authenticate-api-token";
import { saveAnswer, type SavedAnswer } from "@/lib/answers/save-answer";
import { ZAnswerBody, ZPracticeId } from "@/lib/answers/schema";
import { AppError } from "@/lib/errors";
import { readJsonBody } from "../read-json-body";
import { requireTokenAssessment } from "./require-token-assessment";

// The UI's rules, through the UI's schema and saveAnswer: same validation, same version check,
// same lock, same score upkeep. The token scope is checked first, so a foreign id is a 404 before
// the body is even read; saveAnswer then builds on that access instead of reading it again.
export async function putApiAnswer(options: {
  principal: ApiPrincipal;
  assessmentId: string;
  practiceId: string;
  request: Request;
}): Promise<{ answer: SavedAnswer }> {
  const { principal, practiceId } = options;
  const access = await requireTokenAssessment({ ...options, permission: "answers.write" });
  const practice = ZPracticeId.safeParse(practiceId);
  if (!practice.success) {
    throw new AppError({ code: "BAD_INPUT", messageKey: "badInput", fieldErrors: { practiceId: [practice.error.issues[0]?.message ?? ""] } });
  }
  const body = await readJsonBody({ request: options.request, schema: ZAnswerBody });
  try {
    const answer = await saveAnswer({
      userId: principal.userId,
      access,
      input: { assessmentId: access.assessment.id, practiceId: practice.data, ...body },
    });
    return { answer };
  } catch (error) {
    // The UI's conflict message points at a comparison on screen; an API client gets its own wording.
    if (error instanceof AppError && error.messageKey === "answerConflict") {
      throw new AppError({ code: error.code, messageKey: "apiAnswerConflict", values: error.values, details: error.details });
    }
    throw error;
  }
}
