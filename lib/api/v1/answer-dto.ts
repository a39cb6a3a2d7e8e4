import type { Answer } from "@/generated/prisma/client";

export type ApiAnswer = {
  practiceId: string;
  value: Answer["value"];
  notes: string | null;
  justification: string | null;
  version: number;
  needsReconfirmation: boolean;
  updatedAt: string;
};

export const API_ANSWER_SELECT = {
  practiceId: true,
  value: true,
  notes: true,
  justification: true,
  version: true,
  needsReconfirmation: true,
  updatedAt: true,
} as const;

export function toApiAnswer(row: Pick<Answer, keyof typeof API_ANSWER_SELECT>): ApiAnswer {
  return { ...row, updatedAt: row.updatedAt.toISOString() };
}
