// RACI rules of DESIGN.md §4, as pure functions over plain data.
//
// A matrix row is keyed by a layer id (the layer's row) or a practice id (an override for one
// practice that differs from its layer). A valid row has exactly one Accountable and at least one
// Responsible actor. Violations are returned as data, never thrown: they are shown to the user
// and block submission, and a half-edited matrix must still render.
//
// Routing: a participant is asked the practices that an actor they play is Responsible for, in the
// practice's effective row (its override if it has one, else its layer's row).

export const RACI_ROLES = ["R", "A", "C", "I"] as const;
export type RaciRole = (typeof RACI_ROLES)[number];
export type RaciRow = Partial<Record<string, RaciRole>>;
export type RaciMatrix = Partial<Record<string, RaciRow>>;

export type RaciViolationCode = "NO_ACCOUNTABLE" | "MULTIPLE_ACCOUNTABLE" | "NO_RESPONSIBLE";
export type RaciViolation = { code: RaciViolationCode; message: string; actorIds: string[] };
export type RaciRowViolations = { rowKey: string; missing: boolean; violations: RaciViolation[] };

export type RaciRoutedPractice = { id: string; layerId: string };

// Actor ids holding `role` in the row, sorted so messages and lists are stable.
export function actorsWithRole(options: { row: RaciRow | undefined; role: RaciRole }): string[] {
  const { row, role } = options;
  if (!row) return [];
  return Object.keys(row)
    .filter((actorId) => row[actorId] === role)
    .sort();
}

export function validateRaciRow(row: RaciRow | undefined): RaciViolation[] {
  const violations: RaciViolation[] = [];
  const accountable = actorsWithRole({ row, role: "A" });
  if (accountable.length === 0) {
    violations.push({ code: "NO_ACCOUNTABLE", message: "No actor is Accountable; exactly one must be.", actorIds: [] });
  }
  if (accountable.length > 1) {
    violations.push({
      code: "MULTIPLE_ACCOUNTABLE",
      message: `${accountable.length} actors are Accountable (${accountable.join(", ")}); exactly one must be.`,
      actorIds: accountable,
    });
  }
  if (actorsWithRole({ row, role: "R" }).length === 0) {
    violations.push({
      code: "NO_RESPONSIBLE",
      message: "No actor is Responsible; at least one must be.",
      actorIds: [],
    });
  }
  return violations;
}

// Checks every required row (a missing one is reported with `missing: true`) and every override row
// the matrix holds, since overrides route work too. Returns only rows with violations: required
// rows in the order given, then the others by key. An empty result means the matrix is valid.
export function validateRaciMatrix(options: { matrix: RaciMatrix; rowKeys: readonly string[] }): RaciRowViolations[] {
  const { matrix, rowKeys } = options;
  const required = new Set(rowKeys);
  const extra = Object.keys(matrix)
    .filter((key) => !required.has(key) && matrix[key] !== undefined)
    .sort();
  return [...required, ...extra].flatMap((rowKey) => {
    const row = matrix[rowKey];
    const violations = validateRaciRow(row);
    return violations.length === 0 ? [] : [{ rowKey, missing: row === undefined, violations }];
  });
}

function hasCells(row: RaciRow | undefined): row is RaciRow {
  return row !== undefined && Object.values(row).some((role) => role !== undefined);
}

// An override with no cells is no override: the database stores a row only as its cells.
export function effectiveRaciForPractice(options: {
  matrix: RaciMatrix;
  practiceId: string;
  layerId: string;
}): RaciRow {
  const { matrix, practiceId, layerId } = options;
  const override = matrix[practiceId];
  if (hasCells(override)) return override;
  return matrix[layerId] ?? {};
}

export function responsibleActorsFor(options: { matrix: RaciMatrix; practiceId: string; layerId: string }): string[] {
  return actorsWithRole({ row: effectiveRaciForPractice(options), role: "R" });
}

// Null unless exactly one actor is Accountable: with none or several, nobody may approve until the
// row is fixed (validation reports it and blocks submission).
export function accountableActorFor(options: {
  matrix: RaciMatrix;
  practiceId: string;
  layerId: string;
}): string | null {
  const accountable = actorsWithRole({ row: effectiveRaciForPractice(options), role: "A" });
  return accountable.length === 1 ? (accountable[0] ?? null) : null;
}

// The practices any of `actorIds` is Responsible for, in the order given (content order).
export function practicesForActors<P extends RaciRoutedPractice>(options: {
  practices: readonly P[];
  matrix: RaciMatrix;
  actorIds: readonly string[];
}): P[] {
  const { practices, matrix } = options;
  const actors = new Set(options.actorIds);
  return practices.filter((p) =>
    responsibleActorsFor({ matrix, practiceId: p.id, layerId: p.layerId }).some((actorId) => actors.has(actorId)),
  );
}

export type RaciParty = { id: string; actors: readonly string[] };
export type PartyAnswer = { value: string; confirmed: boolean };
export type PartyProgress = { partyId: string; responsibleCount: number; answered: number; confirmed: number };

// Per party: how many practices it is Responsible for, how many of those have an answer (N/A
// included), and how many answers are confirmed (not waiting for re-confirmation after a copy).
export function partyProgress(options: {
  parties: readonly RaciParty[];
  practices: readonly RaciRoutedPractice[];
  matrix: RaciMatrix;
  answers: ReadonlyMap<string, PartyAnswer>;
}): PartyProgress[] {
  const { practices, matrix, answers } = options;
  return options.parties.map((party) => {
    const mine = practicesForActors({ practices, matrix, actorIds: party.actors });
    const answered = mine.filter((p) => answers.has(p.id));
    return {
      partyId: party.id,
      responsibleCount: mine.length,
      answered: answered.length,
      confirmed: answered.filter((p) => answers.get(p.id)?.confirmed === true).length,
    };
  });
}
