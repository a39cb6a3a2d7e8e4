import { describe, expect, it } from "vitest";
import { DEFAULT_PHASE_RULE } from "./phase-rule";
import { parsePhaseRule, phaseRuleFromSettings, phaseRuleSettings } from "./phase-rule-settings";
import { PHASE_BASELINES, PHASE_ESCALATIONS } from "./schema";

describe("stored phase rule", () => {
  it("is the default when nothing is stored", () => {
    expect(parsePhaseRule(null)).toBe(DEFAULT_PHASE_RULE);
    expect(parsePhaseRule(undefined)).toBe(DEFAULT_PHASE_RULE);
  });

  it("reads a stored rule, capacity included", () => {
    const stored = {
      phases: ["Q1", "Q2"],
      baseline: "layer",
      escalations: [{ minRisk: 4, latestPhase: 1 }],
      capacity: { effortPoints: { S: 1, M: 4, L: 12 }, perPhase: [10] },
    };
    expect(parsePhaseRule(stored)).toEqual(stored);
  });

  it("falls back to the default for anything malformed", () => {
    for (const bad of [
      "program",
      42,
      [],
      {},
      { phases: [], baseline: "program", escalations: [] },
      { phases: ["0-3 months"], baseline: "team", escalations: [] },
      { phases: ["0-3 months"], baseline: "program", escalations: [{ minRisk: 9, latestPhase: 1 }] },
      { phases: ["0-3 months"], baseline: "program", escalations: [{ minRisk: 5, latestPhase: 0 }] },
      { phases: ["0-3 months"], baseline: "program" },
    ]) {
      expect(parsePhaseRule(bad), JSON.stringify(bad)).toBe(DEFAULT_PHASE_RULE);
    }
  });
});

describe("phase rule settings", () => {
  it("maps the default rule to program baseline and critical escalation", () => {
    expect(phaseRuleSettings(DEFAULT_PHASE_RULE)).toEqual({ baseline: "program", escalation: "critical" });
    expect(phaseRuleFromSettings({ baseline: "program", escalation: "critical" })).toEqual(DEFAULT_PHASE_RULE);
  });

  it("round-trips every choice the page offers, keeping the default phases", () => {
    for (const baseline of PHASE_BASELINES) {
      for (const escalation of PHASE_ESCALATIONS) {
        const rule = phaseRuleFromSettings({ baseline, escalation });
        expect(rule.phases).toEqual(DEFAULT_PHASE_RULE.phases);
        expect(phaseRuleSettings(rule)).toEqual({ baseline, escalation });
        expect(parsePhaseRule(JSON.parse(JSON.stringify(rule)))).toEqual(rule);
      }
    }
  });

  it("escalates risk 4 and 5 to phase 1 for 'high', nothing for 'none'", () => {
    expect(phaseRuleFromSettings({ baseline: "layer", escalation: "high" }).escalations).toEqual([
      { minRisk: 4, latestPhase: 1 },
    ]);
    expect(phaseRuleFromSettings({ baseline: "layer", escalation: "none" }).escalations).toEqual([]);
  });

  it("reports an escalation the page does not offer as null", () => {
    const custom = { ...DEFAULT_PHASE_RULE, escalations: [{ minRisk: 3, latestPhase: 2 }] };
    expect(phaseRuleSettings(custom)).toEqual({ baseline: "program", escalation: null });
  });
});
