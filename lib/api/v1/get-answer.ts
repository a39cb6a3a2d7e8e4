import "server-only";
import type { ApiPrincipal } from "@/lib/api-tokens/authenticate-api-token";
import { db } from "@/lib/db/client";
import { ZPracticeId } from "@/lib/answers/schema";
import { notFound } from "@/lib/errors";
import { API_ANSWER_SELECT, toApiAnswer, type ApiAnswer } from "./answer-dto";
import { requireTokenAssessment } from "./require-token-assessment";

// No answer yet is a 404; the client then saves with version 0 to create it. A practice id that no
// practice can have is a 404 too, without a query.
export async function getApiAnswer(options: {
  principal: ApiPrincipal;
  assessmentId: string;
  practiceId: string;
}): Promise<{ answer: ApiAnswer }> {
  const { assessment } = await requireTokenAssessment({ ...options, permission: "org.read" });
  if (!ZPracticeId.safeParse(options.practiceId).success) throw notFound("answerNotFound");
  const prisma = await db();
  const row = await prisma.answer.findUnique({
    where: { assessmentId_practiceId: { assessmentId: assessment.id, practiceId: options.practiceId } },
    select: API_ANSWER_SELECT,
  });
  if (!row) throw notFound("answerNotFound");
  return { answer: toApiAnswer(row) };
}
