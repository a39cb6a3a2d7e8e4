// Who owns a new roadmap item until the lead says otherwise. Pure.
import { responsibleActorsFor, type RaciMatrix } from "@/lib/raci/rules";

export type OwnerCandidate = { id: string; actors: readonly string[] };

// The first party, in the order given (oldest first), that plays one of the practice's Responsible
// actors in its effective RACI row; null when no party does.
export function defaultOwnerFor(options: {
  parties: readonly OwnerCandidate[];
  matrix: RaciMatrix;
  practiceId: string;
  layerId: string;
}): string | null {
  const responsible = new Set(responsibleActorsFor(options));
  return options.parties.find((party) => party.actors.some((actor) => responsible.has(actor)))?.id ?? null;
}
