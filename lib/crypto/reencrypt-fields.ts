import type { RawDatabase, SqlSession } from "@/lib/db/raw";
import { configuredKeyring } from "./configured-keyring";
import { ENCRYPTED_TABLES, fieldContext, type EncryptedTable } from "./encrypted-fields";
import { BYTES_MAGIC, openBytes, openText, sealBytes, sealText, sealedKeyId, TEXT_PREFIX } from "./envelope";
import type { Keyring } from "./keyring";

const BATCH = 200;

// Held while values are re-encrypted, so instances starting together do not work on the same rows.
const REENCRYPT_LOCK_KEY = 72707371;

export type ReencryptCounts = Record<string, number>;

// Values stored before encryption at rest: encrypted under the current key. Runs whenever a
// process opens the database, and touches nothing once every value is sealed.
export async function encryptPlaintextFields(database: RawDatabase, keyring?: Keyring): Promise<ReencryptCounts> {
  return database.withLock(REENCRYPT_LOCK_KEY, (session) => reencryptFields({ session, keyring, scope: "plaintext" }));
}

// `npm run keys:rotate`: every value not sealed with the current key (older keys, plaintext) is
// sealed again with it. Each row is its own compare-and-set update, so the run can be stopped and
// started again, and a row the app changes meanwhile is left to the app (which seals with the
// current key) or picked up by the next batch.
export async function rotateFields(database: RawDatabase, keyring?: Keyring): Promise<ReencryptCounts> {
  return database.withLock(REENCRYPT_LOCK_KEY, (session) => reencryptFields({ session, keyring, scope: "not-current" }));
}

type Scope = "plaintext" | "not-current";

async function reencryptFields(options: { session: SqlSession; keyring?: Keyring; scope: Scope }): Promise<ReencryptCounts> {
  const counts: ReencryptCounts = {};
  for (const [table, spec] of Object.entries(ENCRYPTED_TABLES) as Array<[EncryptedTable, (typeof ENCRYPTED_TABLES)[EncryptedTable]]>) {
    for (const column of [...spec.text, ...spec.bytes]) {
      const bytes = (spec.bytes as readonly string[]).includes(column);
      counts[`${table}.${column}`] = await reencryptColumn({ ...options, table, column, bytes });
    }
  }
  return counts;
}

async function reencryptColumn(options: {
  session: SqlSession;
  keyring?: Keyring;
  scope: Scope;
  table: EncryptedTable;
  column: string;
  bytes: boolean;
}): Promise<number> {
  const { session, table, column, bytes } = options;
  const rowKey = ENCRYPTED_TABLES[table].rowKey;
  let keyring = options.keyring;
  let done = 0;
  for (;;) {
    // The prefix a value sealed as wanted starts with; the plaintext scan needs no key at all.
    const prefix = options.scope === "plaintext" ? null : currentPrefix((keyring ??= configuredKeyring()), bytes);
    const wanted = prefix ?? (bytes ? BYTES_MAGIC : TEXT_PREFIX);
    const length = typeof wanted === "string" ? wanted.length : wanted.byteLength;
    const rows = await session.query<Record<string, unknown>>(
      `SELECT ${rowKey.map((name) => `"${name}"`).join(", ")}, "${column}" AS "value" FROM "${table}"
       WHERE "${column}" IS NOT NULL AND ${bytes ? `length("${column}") > 0` : `"${column}" <> ''`}
         AND substring("${column}" from 1 for ${length}) <> $1
       ORDER BY ${rowKey.map((name) => `"${name}"`).join(", ")} LIMIT ${BATCH}`,
      [wanted],
    );
    if (rows.length === 0) return done;
    keyring ??= configuredKeyring();
    let updated = 0;
    for (const row of rows) {
      const context = fieldContext({ table, column, row });
      const sealed = bytes
        ? sealBytes({ keyring, context, plaintext: plainBytes({ keyring, context, value: row.value as Uint8Array }) })
        : sealText({ keyring, context, plaintext: plainText({ keyring, context, value: row.value as string }) });
      const where = rowKey.map((name, index) => `"${name}" = $${index + 3}`).join(" AND ");
      const changed = await session.query<{ one: number }>(
        `UPDATE "${table}" SET "${column}" = $1 WHERE "${column}" = $2 AND ${where} RETURNING 1 AS "one"`,
        [sealed, row.value, ...rowKey.map((name) => row[name])],
      );
      updated += changed.length;
    }
    // Every row of the batch changed under us: stop rather than spin; a second run finishes the job.
    if (updated === 0) throw new Error(`Re-encryption of ${table}.${column} made no progress (rows are changing concurrently); run it again.`);
    done += updated;
  }
}

function currentPrefix(keyring: Keyring, bytes: boolean): string | Buffer {
  const id = keyring.current.id;
  if (!bytes) return `${TEXT_PREFIX}${id}:`;
  return Buffer.concat([BYTES_MAGIC, Buffer.from([id.length]), Buffer.from(id, "latin1")]);
}

function plainText(options: { keyring: Keyring; context: string; value: string }): string {
  return sealedKeyId(options.value) === null ? options.value : openText({ ...options, sealed: options.value });
}

function plainBytes(options: { keyring: Keyring; context: string; value: Uint8Array }): Uint8Array {
  return sealedKeyId(options.value) === null ? options.value : openBytes({ ...options, sealed: options.value });
}
