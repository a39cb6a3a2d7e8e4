// The RACI matrix an assessment starts from, derived from the content's per-practice defaults.
//
// Layer row, per actor: the role the actor holds most often across the layer's practices, where
// holding no role also counts as a choice. So an actor who is Responsible for one practice out of
// sixteen is not made Responsible for the whole layer (which would route all sixteen to them).
// Ties go to the stronger duty: R > A > C > I > none.
//
// Repair, so the row is always valid when the practices are (each has one A and at least one R):
// 1. Exactly one A: the actor who is Accountable for the most practices of the layer (ties: lowest
//    actor id). Any other actor whose plurality was A takes its most frequent other role
//    (R > C > I on ties), or I if it holds none: it answers for some practices, so it stays informed.
// 2. At least one R: if none is left, the actor other than the A who is Responsible most often
//    (ties: lowest actor id) becomes R. One exists whenever every practice has an A and an R in
//    different cells.
//
// `defaultRaciMatrix` adds an override row for each practice whose own default differs from its
// layer's row, so that every practice starts with exactly the RACI the content gives it.

import { RACI_ROLES, type RaciMatrix, type RaciRole, type RaciRow } from "./rules";

export type RaciDefaultPractice = { id: string; layerId: string; raci: RaciRow };

type RoleCounts = Record<RaciRole, number>;

function countRoles(practices: readonly RaciDefaultPractice[]): Map<string, RoleCounts> {
  const counts = new Map<string, RoleCounts>();
  for (const practice of practices) {
    for (const [actorId, role] of Object.entries(practice.raci)) {
      if (role === undefined) continue;
      const actor = counts.get(actorId) ?? { R: 0, A: 0, C: 0, I: 0 };
      actor[role] += 1;
      counts.set(actorId, actor);
    }
  }
  return counts;
}

// The role with the highest count; candidates are listed in tie-break order.
function mostFrequent<T>(candidates: ReadonlyArray<readonly [T, number]>): T | undefined {
  let best: readonly [T, number] | undefined;
  for (const candidate of candidates) if (candidate[1] > 0 && (!best || candidate[1] > best[1])) best = candidate;
  return best?.[0];
}

// The actor with the highest count of `role` (ties: lowest id), skipping `except`.
function topActor(options: { counts: Map<string, RoleCounts>; role: RaciRole; except?: string }): string | undefined {
  const actors = [...options.counts.keys()].filter((id) => id !== options.except).sort();
  return mostFrequent(actors.map((id) => [id, options.counts.get(id)?.[options.role] ?? 0] as const));
}

function layerRow(practices: readonly RaciDefaultPractice[]): RaciRow {
  const counts = countRoles(practices);
  const row: RaciRow = {};
  for (const [actorId, c] of counts) {
    const none = practices.length - (c.R + c.A + c.C + c.I);
    const role = mostFrequent<RaciRole | null>([...RACI_ROLES.map((r) => [r, c[r]] as const), [null, none]]);
    if (role) row[actorId] = role;
  }

  const accountable = topActor({ counts, role: "A" });
  for (const [actorId, role] of Object.entries(row)) {
    if (role !== "A" || actorId === accountable) continue;
    const c = counts.get(actorId);
    row[actorId] =
      (c &&
        mostFrequent<RaciRole>([
          ["R", c.R],
          ["C", c.C],
          ["I", c.I],
        ])) ??
      "I";
  }
  if (accountable) row[accountable] = "A";

  if (!Object.values(row).includes("R")) {
    const responsible = topActor({ counts, role: "R", except: accountable });
    if (responsible) row[responsible] = "R";
  }
  return row;
}

// One row per layer that has practices, keyed by layer id, in order of first appearance.
export function defaultLayerRaci(options: { practices: readonly RaciDefaultPractice[] }): Record<string, RaciRow> {
  const byLayer = new Map<string, RaciDefaultPractice[]>();
  for (const p of options.practices) byLayer.set(p.layerId, [...(byLayer.get(p.layerId) ?? []), p]);
  return Object.fromEntries([...byLayer].map(([layerId, practices]) => [layerId, layerRow(practices)]));
}

function sameRow(a: RaciRow, b: RaciRow): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => a[key] === b[key]);
}

export function defaultRaciMatrix(options: { practices: readonly RaciDefaultPractice[] }): RaciMatrix {
  const matrix: RaciMatrix = defaultLayerRaci(options);
  for (const p of options.practices) {
    const own: RaciRow = Object.fromEntries(Object.entries(p.raci).filter(([, role]) => role !== undefined));
    if (!sameRow(own, matrix[p.layerId] ?? {})) matrix[p.id] = own;
  }
  return matrix;
}
