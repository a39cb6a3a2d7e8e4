// The phase rule an assessment stores (Assessment.roadmapPhaseRule, null = DEFAULT_PHASE_RULE) and
// the two choices a lead makes on the roadmap page. Pure and client-safe.

import { z } from "zod";
import { DEFAULT_PHASE_RULE, type PhaseEscalation, type PhaseRule } from "./phase-rule";
import type { TPhaseBaseline, TPhaseEscalation } from "./schema";

const ZEffortPoints = z.number().positive().max(1000);

export const ZStoredPhaseRule = z.object({
  phases: z.array(z.string().trim().min(1).max(60)).min(1).max(12),
  baseline: z.enum(["program", "layer"]),
  escalations: z.array(z.object({ minRisk: z.int().min(1).max(5), latestPhase: z.int().min(1).max(12) })).max(10),
  capacity: z
    .object({
      effortPoints: z.object({ S: ZEffortPoints, M: ZEffortPoints, L: ZEffortPoints }),
      perPhase: z.array(z.number().nonnegative()).max(12),
    })
    .optional(),
});

// A stored rule that no longer parses (it is JSON, written only by this app) falls back to the
// default rather than breaking the roadmap page: the lead can set it again.
export function parsePhaseRule(stored: unknown): PhaseRule {
  if (stored === null || stored === undefined) return DEFAULT_PHASE_RULE;
  const parsed = ZStoredPhaseRule.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_PHASE_RULE;
}

const ESCALATIONS: Readonly<Record<TPhaseEscalation, readonly PhaseEscalation[]>> = {
  none: [],
  critical: [{ minRisk: 5, latestPhase: 1 }],
  high: [{ minRisk: 4, latestPhase: 1 }],
};

export function phaseRuleFromSettings(options: { baseline: TPhaseBaseline; escalation: TPhaseEscalation }): PhaseRule {
  return {
    phases: DEFAULT_PHASE_RULE.phases,
    baseline: options.baseline,
    escalations: ESCALATIONS[options.escalation],
  };
}

export type PhaseRuleSettings = { baseline: TPhaseBaseline; escalation: TPhaseEscalation | null };

// `escalation` is null when the stored rule escalates in a way the page does not offer.
export function phaseRuleSettings(rule: PhaseRule): PhaseRuleSettings {
  const key = (list: readonly PhaseEscalation[]) =>
    JSON.stringify(list.map((e) => [e.minRisk, e.latestPhase]).sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!));
  const escalation =
    (Object.keys(ESCALATIONS) as TPhaseEscalation[]).find(
      (choice) => key(ESCALATIONS[choice]) === key(rule.escalations),
    ) ?? null;
  return { baseline: rule.baseline, escalation };
}
