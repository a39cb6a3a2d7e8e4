import "server-only";
import { saveAnswer } from "@/lib/answers/save-answer";
import type { TContentModel } from "@/lib/content/schema";
import type { ScoringAnswer } from "@/lib/scoring/score-assessment";

// Demo answers: how far each layer has got (practices above it are Partially or Not implemented).
export type Profile = Record<string, number>;

function answerFor(options: { level: number; reached: number; index: number }): ScoringAnswer {
  if (options.level <= options.reached) return options.index % 3 === 0 ? "LARGELY" : "FULLY";
  if (options.level === options.reached + 1) return options.index % 2 === 0 ? "PARTIALLY" : "NOT_IMPLEMENTED";
  return "NOT_IMPLEMENTED";
}

export async function answerAll(options: { userId: string; assessmentId: string; content: TContentModel; profile: Profile }) {
  for (const [index, practice] of options.content.practices.entries()) {
    const value = answerFor({ level: practice.level, reached: options.profile[practice.layer] ?? 0, index });
    await saveAnswer({ userId: options.userId, input: { assessmentId: options.assessmentId, practiceId: practice.id, value, version: 0 } });
  }
}
