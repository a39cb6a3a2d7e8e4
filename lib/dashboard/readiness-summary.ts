// ISO/IEC 27001 readiness at a glance: the certification rule of lib/readiness applied to each
// program's chosen assessment, from the aggregates the dashboard query returns (stored layer levels
// and the ISMS items recorded in place), never from answers. Pure.

import { ISMS_CONDITIONS, ismsConditions, maturityCondition, readinessStatus } from "@/lib/readiness/certification-recommendation";
import type { IsmsState } from "@/lib/readiness/isms-readiness";
import type { ProgramLevelRow } from "./program-levels";

export type ReadinessProgram = { programId: string; programName: string };

export type ReadinessSummary = {
  ready: ReadinessProgram[];
  close: ReadinessProgram[];
  notReady: number;
  notAssessed: number;
};

export function readinessSummary(options: {
  rows: readonly ProgramLevelRow[];
  layers: ReadonlyArray<{ id: string; name: string }>;
  ismsItems: ReadonlyArray<{ id: string; title: string }>;
}): ReadinessSummary {
  const names = new Map(options.layers.map((l) => [l.id, l.name]));
  // The rule reads only its own items: the rest of the content's ISMS items are not looked up per program.
  const ruleItemIds = new Set<string>(ISMS_CONDITIONS.flatMap((c) => c.itemIds));
  const ismsItems = options.ismsItems.filter((item) => ruleItemIds.has(item.id));
  const summary: ReadinessSummary = { ready: [], close: [], notReady: 0, notAssessed: 0 };
  for (const row of options.rows) {
    if (!row.assessment) {
      summary.notAssessed += 1;
      continue;
    }
    const layers = row.layers.map((l) => ({
      layerId: l.layerId,
      name: names.get(l.layerId) ?? l.layerId,
      level: l.level,
      allNotApplicable: l.notApplicable,
    }));
    const states = new Map<string, IsmsState>(row.ismsInPlace.map((id) => [id, "IN_PLACE"]));
    const status = readinessStatus([maturityCondition(layers), ...ismsConditions({ items: ismsItems, states })]);
    const program = { programId: row.programId, programName: row.programName };
    if (status === "ready") summary.ready.push(program);
    else if (status === "close") summary.close.push(program);
    else summary.notReady += 1;
  }
  return summary;
}
