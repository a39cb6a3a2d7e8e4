import { performance } from "node:perf_hooks";
import type { Assessor } from "./seed-assessors";

const VALUES = ["NOT_IMPLEMENTED", "PARTIALLY", "LARGELY", "FULLY"] as const;

export type Acknowledged = { assessmentId: string; practiceId: string; version: number; value: string; notes: string };

// What the clients saw in one phase. Outcomes are keyed by HTTP status ("network" when no response
// came back at all); every 200 is an acknowledged save.
export type PhaseResult = {
  elapsedMs: number;
  latenciesMs: number[];
  outcomes: Record<string, number>;
  // 503s that did not say when to retry.
  unavailableWithoutRetryAfter: number;
  // 5xx bodies that were not the JSON error shape (a stack trace, an HTML page…).
  malformedErrorBodies: number;
  // When (performance.now()) each request finished, and whether it was acknowledged.
  timeline: Array<{ at: number; ok: boolean }>;
};

type ClientState = { assessor: Assessor; turn: number; versions: Map<string, number> };

type PutBody = {
  answer?: { version: number };
  error?: { code?: string; message?: string; details?: { server?: { version: number } | null } };
};

// Simulated assessors: each saves its own practices in turn through PUT /api/v1 with the version it
// last read, as an integration keeping its own state would. A 409 hands back the stored version
// (a save the client never heard back about may have committed); a 503 is waited out for as long
// as its Retry-After says. Acknowledged saves are recorded in `acknowledged`, the last one per
// practice winning, since each practice has one writer.
export class AssessorClients {
  readonly acknowledged = new Map<string, Acknowledged>();
  private readonly clients: ClientState[];

  constructor(
    private readonly baseUrl: string,
    assessors: Assessor[],
  ) {
    this.clients = assessors.map((assessor) => ({ assessor, turn: 0, versions: new Map() }));
  }

  async run(options: { durationMs: number; during?: (startedAt: number) => Promise<void> }): Promise<PhaseResult> {
    const result: PhaseResult = {
      elapsedMs: 0,
      latenciesMs: [],
      outcomes: {},
      unavailableWithoutRetryAfter: 0,
      malformedErrorBodies: 0,
      timeline: [],
    };
    const begin = performance.now();
    const deadline = begin + options.durationMs;
    const loop = async (client: ClientState) => {
      while (performance.now() < deadline) await this.save(client, result);
    };
    await Promise.all([...this.clients.map(loop), options.during?.(begin)]);
    result.elapsedMs = performance.now() - begin;
    return result;
  }

  private async save(client: ClientState, result: PhaseResult): Promise<void> {
    const { assessor } = client;
    client.turn += 1;
    const practiceId = assessor.practiceIds[client.turn % assessor.practiceIds.length]!;
    const value = VALUES[client.turn % VALUES.length]!;
    const notes = `${assessor.token.slice(-8)}-${client.turn}`;
    const t0 = performance.now();
    let status = "network";
    let retryAfterMs = 0;
    try {
      const response = await fetch(`${this.baseUrl}/api/v1/assessments/${assessor.assessmentId}/answers/${practiceId}`, {
        method: "PUT",
        headers: { authorization: `Bearer ${assessor.token}`, "content-type": "application/json" },
        body: JSON.stringify({ value, notes, version: client.versions.get(practiceId) ?? 0 }),
      });
      status = String(response.status);
      const text = await response.text();
      const body = parseJson(text);
      if (response.status === 200 && body?.answer) {
        client.versions.set(practiceId, body.answer.version);
        const ack = { assessmentId: assessor.assessmentId, practiceId, version: body.answer.version, value, notes };
        this.acknowledged.set(`${assessor.assessmentId}/${practiceId}`, ack);
      } else if (response.status === 409) {
        const server = body?.error?.details?.server;
        client.versions.set(practiceId, server?.version ?? 0);
      } else if (response.status >= 500) {
        if (!body?.error?.code || !body.error.message) result.malformedErrorBodies += 1;
        if (response.status === 503) {
          const retryAfter = Number(response.headers.get("retry-after"));
          if (Number.isFinite(retryAfter) && retryAfter > 0) retryAfterMs = retryAfter * 1000;
          else result.unavailableWithoutRetryAfter += 1;
        }
      }
    } catch {
      retryAfterMs = 1000;
    }
    const at = performance.now();
    result.latenciesMs.push(at - t0);
    result.outcomes[status] = (result.outcomes[status] ?? 0) + 1;
    result.timeline.push({ at, ok: status === "200" });
    if (retryAfterMs > 0) await new Promise((resolve) => setTimeout(resolve, retryAfterMs));
  }
}

function parseJson(text: string): PutBody | null {
  try {
    return JSON.parse(text) as PutBody;
  } catch {
    return null;
  }
}
