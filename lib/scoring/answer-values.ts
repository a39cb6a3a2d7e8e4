// The answer scale of DESIGN.md §3, shared by scoring, the roadmap and RACI progress.
// Client-safe: no imports.

export const ANSWER_VALUES = ["NOT_IMPLEMENTED", "PARTIALLY", "LARGELY", "FULLY", "NOT_APPLICABLE"] as const;
export type AnswerValue = (typeof ANSWER_VALUES)[number];
export type ApplicableAnswer = Exclude<AnswerValue, "NOT_APPLICABLE">;

// Credit in thirds (0, 1/3, 2/3, 1). Sums stay integers, so a score is exact and does not
// depend on the order in which practices are added up.
export const CREDIT_THIRDS: Readonly<Record<ApplicableAnswer, number>> = {
  NOT_IMPLEMENTED: 0,
  PARTIALLY: 1,
  LARGELY: 2,
  FULLY: 3,
};

export function creditOf(value: AnswerValue | undefined): number {
  if (value === undefined || value === "NOT_APPLICABLE") return 0;
  return CREDIT_THIRDS[value] / 3;
}

// "Met" is what the level rule counts: Largely or Fully implemented.
export function isMet(value: AnswerValue | undefined): boolean {
  return value === "LARGELY" || value === "FULLY";
}

export function isApplicable(value: AnswerValue | undefined): boolean {
  return value !== "NOT_APPLICABLE";
}
