// ISO/IEC 27001:2022 Annex A coverage (DESIGN.md §6), as a pure function of the practices'
// mappings and the assessment's answers.
//
// For one control, take every practice whose `mappings.iso27001` names it, then drop those
// answered Not applicable. An unanswered practice stays in and counts as unmet, as in
// scoring: nothing is claimed that was not said.
// - not-addressed: no practice maps to the control, or every mapped practice is N/A
//   (`allNotApplicable`). N/A says the practice does not apply to this program; it says nothing
//   about whether the control is implemented, so the control is neither covered (that would
//   inflate coverage) nor a gap. It is a candidate for exclusion in the Statement of Applicability,
//   with the practices' justifications, and the flag lets the report say so.
// - covered: every remaining practice is Largely or Fully implemented (met, as the level rule).
// - gap: no remaining practice is met or Partially implemented.
// - partly: anything in between (some met or Partially, not all met).
// The mapping ignores levels and targets: a level-4 practice mapped to a control counts as much as
// a level-1 one, because the control's full intent includes it.
// Monotonic: raising an answer along Not implemented < Partially < Largely < Fully never lowers a
// control along gap < partly < covered.

import { comparePracticeIds } from "@/lib/scoring/score-assessment";
import { isMet, type AnswerValue } from "@/lib/scoring/answer-values";

export const CONTROL_STATUSES = ["covered", "partly", "gap", "not-addressed"] as const;
export type ControlStatus = (typeof CONTROL_STATUSES)[number];

// Annex A's four themes are its clauses 5 to 8.
export const ANNEX_A_THEMES = ["organisational", "people", "physical", "technological"] as const;
export type AnnexATheme = (typeof ANNEX_A_THEMES)[number];
const THEME_BY_CLAUSE: Readonly<Record<string, AnnexATheme>> = {
  "5": "organisational",
  "6": "people",
  "7": "physical",
  "8": "technological",
};

export type AnnexAControl = { id: string; title: string };

export type CoveragePractice = {
  id: string;
  title: string;
  layerId: string;
  level: number;
  controlIds: readonly string[];
};

export type ControlPractice = {
  id: string;
  title: string;
  layerId: string;
  level: number;
  // null: not answered yet.
  answer: AnswerValue | null;
  applicable: boolean;
  met: boolean;
};

export type ControlCoverage = {
  id: string;
  title: string;
  theme: AnnexATheme;
  status: ControlStatus;
  // True when practices map to the control but all of them are N/A.
  allNotApplicable: boolean;
  // Every mapped practice (N/A ones too), by id.
  practices: ControlPractice[];
  applicable: number;
  met: number;
  unanswered: number;
};

export type CoverageCounts = Record<ControlStatus, number> & { total: number };
export type ThemeCoverage = { theme: AnnexATheme; counts: CoverageCounts };
export type AnnexACoverage = { controls: ControlCoverage[]; themes: ThemeCoverage[]; totals: CoverageCounts };

export function annexATheme(controlId: string): AnnexATheme {
  const theme = /^A\.([5-8])\.\d+$/.exec(controlId)?.[1];
  if (!theme) throw new Error(`${controlId} is not an ISO/IEC 27001:2022 Annex A control id`);
  return THEME_BY_CLAUSE[theme]!;
}

// The rule on the answers of a control's mapped practices (undefined: unanswered).
export function controlStatus(answers: ReadonlyArray<AnswerValue | undefined>): ControlStatus {
  const applicable = answers.filter((a) => a !== "NOT_APPLICABLE");
  if (applicable.length === 0) return "not-addressed";
  if (applicable.every(isMet)) return "covered";
  if (applicable.some((a) => isMet(a) || a === "PARTIALLY")) return "partly";
  return "gap";
}

export function emptyCounts(): CoverageCounts {
  return { covered: 0, partly: 0, gap: 0, "not-addressed": 0, total: 0 };
}

// One row per control, in the order given (Annex A's own); a repeated control id is listed once.
export function coverAnnexA(options: {
  controls: readonly AnnexAControl[];
  practices: readonly CoveragePractice[];
  answers: ReadonlyMap<string, AnswerValue>;
}): AnnexACoverage {
  const { answers } = options;
  const byControl = new Map<string, Map<string, CoveragePractice>>();
  for (const practice of options.practices) {
    for (const controlId of practice.controlIds) {
      const mapped = byControl.get(controlId) ?? new Map<string, CoveragePractice>();
      mapped.set(practice.id, practice);
      byControl.set(controlId, mapped);
    }
  }

  const seen = new Set<string>();
  const controls: ControlCoverage[] = [];
  for (const control of options.controls) {
    if (seen.has(control.id)) continue;
    seen.add(control.id);
    const practices = [...(byControl.get(control.id)?.values() ?? [])]
      .sort((a, b) => comparePracticeIds(a.id, b.id))
      .map((p): ControlPractice => {
        const answer = answers.get(p.id) ?? null;
        return {
          id: p.id,
          title: p.title,
          layerId: p.layerId,
          level: p.level,
          answer,
          applicable: answer !== "NOT_APPLICABLE",
          met: isMet(answer ?? undefined),
        };
      });
    const applicable = practices.filter((p) => p.applicable);
    controls.push({
      id: control.id,
      title: control.title,
      theme: annexATheme(control.id),
      status: controlStatus(practices.map((p) => p.answer ?? undefined)),
      allNotApplicable: practices.length > 0 && applicable.length === 0,
      practices,
      applicable: applicable.length,
      met: applicable.filter((p) => p.met).length,
      unanswered: applicable.filter((p) => p.answer === null).length,
    });
  }

  const totals = emptyCounts();
  const themes = ANNEX_A_THEMES.map((theme) => ({ theme, counts: emptyCounts() }));
  for (const control of controls) {
    const counts = themes.find((t) => t.theme === control.theme)!.counts;
    for (const c of [totals, counts]) {
      c[control.status] += 1;
      c.total += 1;
    }
  }
  return { controls, themes, totals };
}
