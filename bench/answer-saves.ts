import pg from "pg";
import { runLoad, type LoadResult } from "./load-loop";
import type { BenchSeed } from "./seed";

type Practice = BenchSeed["practices"][number];
type Client = { practices: Practice[]; turn: number; versions: Map<string, number> };

const VALUES = ["NOT_IMPLEMENTED", "PARTIALLY", "LARGELY", "FULLY"] as const;
const WARMUP_MS = 3_000;

// The same row write the API makes, minus everything around it (auth, tenancy, validation, the
// version check, the transaction and the score upkeep): the floor the API is compared with.
const UPSERT = `
INSERT INTO "Answer" ("id", "assessmentId", "practiceId", "layerId", "value", "notes", "version", "updatedById", "updatedAt")
VALUES (gen_random_uuid()::text, $1, $2, $3, $4::"AnswerValue", $5, 1, $6, now())
ON CONFLICT ("assessmentId", "practiceId") DO UPDATE
SET "value" = EXCLUDED."value", "notes" = EXCLUDED."notes", "version" = "Answer"."version" + 1,
    "updatedById" = EXCLUDED."updatedById", "updatedAt" = now()`;

// Each client owns its own practices, so clients never conflict: the bench measures saves, not 409s.
function clientsFor(options: { practices: Practice[]; clients: number }): Client[] {
  if (options.clients > options.practices.length) {
    throw new Error(`At most ${options.practices.length} clients: each needs a practice of its own.`);
  }
  return Array.from({ length: options.clients }, (_, worker) => ({
    practices: options.practices.filter((_, i) => i % options.clients === worker),
    turn: 0,
    versions: new Map<string, number>(),
  }));
}

function nextSave(client: Client): { practice: Practice; value: (typeof VALUES)[number] } {
  client.turn += 1;
  const practice = client.practices[client.turn % client.practices.length]!;
  return { practice, value: VALUES[client.turn % VALUES.length]! };
}

type PutResponse = { answer?: { version: number }; error?: { details?: { server?: { version: number } | null } } };

// PUT with the version the client last got back (0 at first): one request per save, as an
// integration that keeps its own state would do.
export async function measureApiSaves(options: {
  baseUrl: string;
  seed: BenchSeed;
  clients: number;
  durationMs: number;
  warmupMs?: number;
}): Promise<LoadResult> {
  const { seed } = options;
  const clients = clientsFor({ practices: seed.practices, clients: options.clients });
  const operation = async (worker: number): Promise<boolean> => {
    const client = clients[worker]!;
    const { practice, value } = nextSave(client);
    const response = await fetch(`${options.baseUrl}/api/v1/assessments/${seed.assessmentId}/answers/${practice.id}`, {
      method: "PUT",
      headers: { authorization: `Bearer ${seed.token}`, "content-type": "application/json" },
      body: JSON.stringify({ value, notes: "bench", version: client.versions.get(practice.id) ?? 0 }),
    });
    const body = (await response.json()) as PutResponse;
    const version = body.answer?.version ?? body.error?.details?.server?.version;
    if (version !== undefined) client.versions.set(practice.id, version);
    return response.ok;
  };
  await runLoad({ workers: options.clients, stop: { durationMs: options.warmupMs ?? WARMUP_MS }, operation });
  return runLoad({ workers: options.clients, stop: { durationMs: options.durationMs }, operation });
}

export async function measureRawUpserts(options: {
  databaseUrl: string;
  seed: BenchSeed;
  clients: number;
  operations: number;
}): Promise<LoadResult> {
  const { seed } = options;
  const clients = clientsFor({ practices: seed.practices, clients: options.clients });
  const connections = await Promise.all(
    clients.map(async () => {
      const connection = new pg.Client({ connectionString: options.databaseUrl });
      await connection.connect();
      return connection;
    }),
  );
  try {
    const operation = async (worker: number): Promise<boolean> => {
      const { practice, value } = nextSave(clients[worker]!);
      await connections[worker]!.query({
        name: "bench-upsert",
        text: UPSERT,
        values: [seed.assessmentId, practice.id, practice.layerId, value, "bench", seed.userId],
      });
      return true;
    };
    // One untimed round so every connection has prepared the statement.
    await runLoad({ workers: options.clients, stop: { operations: options.clients }, operation });
    return await runLoad({ workers: options.clients, stop: { operations: options.operations }, operation });
  } finally {
    await Promise.all(connections.map((connection) => connection.end()));
  }
}
