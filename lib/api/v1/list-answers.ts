import "server-only";
import type { ApiPrincipal } from "@/lib/api-tokens/authenticate-api-token";
import { db } from "@/lib/db/client";
import { API_ANSWER_SELECT, toApiAnswer, type ApiAnswer } from "./answer-dto";
import { requireTokenAssessment } from "./require-token-assessment";

export async function listApiAnswers(options: {
  principal: ApiPrincipal;
  assessmentId: string;
}): Promise<{ answers: ApiAnswer[] }> {
  const { assessment } = await requireTokenAssessment({ ...options, permission: "org.read" });
  const prisma = await db();
  const rows = await prisma.answer.findMany({
    where: { assessmentId: assessment.id },
    select: API_ANSWER_SELECT,
    orderBy: { practiceId: "asc" },
  });
  return { answers: rows.map(toApiAnswer) };
}
