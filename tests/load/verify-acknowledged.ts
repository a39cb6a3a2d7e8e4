import type { Acknowledged } from "./assessor-clients";
import type { Assessor } from "./seed-assessors";

export type AcknowledgedCheck = {
  acknowledged: number;
  // The stored answer is the acknowledged save.
  found: number;
  // The stored answer is a later save of the same client that committed although the client
  // never got its answer (the connection was cut after COMMIT): the acknowledged save is not lost,
  // it was overwritten by its own writer.
  superseded: number;
  lost: Array<Acknowledged & { stored: unknown }>;
};

type StoredAnswer = { practiceId: string; value: string; notes: string | null; version: number };

// Reads every assessment's answers back through the API (so the check sees what the app stores,
// decrypted if notes are encrypted at rest) and compares them with the last acknowledged save
// of each practice.
export async function verifyAcknowledged(options: {
  baseUrl: string;
  assessors: Assessor[];
  acknowledged: Iterable<Acknowledged>;
}): Promise<AcknowledgedCheck> {
  const stored = new Map<string, StoredAnswer>();
  const tokenOf = new Map(options.assessors.map((a) => [a.assessmentId, a.token]));
  for (const [assessmentId, token] of tokenOf) {
    const response = await fetch(`${options.baseUrl}/api/v1/assessments/${assessmentId}/answers`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!response.ok) throw new Error(`Reading the answers of ${assessmentId} failed: ${response.status}`);
    const { answers } = (await response.json()) as { answers: StoredAnswer[] };
    for (const answer of answers) stored.set(`${assessmentId}/${answer.practiceId}`, answer);
  }
  const check: AcknowledgedCheck = { acknowledged: 0, found: 0, superseded: 0, lost: [] };
  for (const ack of options.acknowledged) {
    check.acknowledged += 1;
    const row = stored.get(`${ack.assessmentId}/${ack.practiceId}`);
    if (row && row.version === ack.version && row.value === ack.value && row.notes === ack.notes) check.found += 1;
    else if (row && row.version > ack.version) check.superseded += 1;
    else check.lost.push({ ...ack, stored: row ?? null });
  }
  return check;
}
