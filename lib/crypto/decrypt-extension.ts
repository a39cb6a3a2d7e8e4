import type { PrismaClient } from "@/generated/prisma/client";
import { configuredKeyring } from "./configured-keyring";
import { ENCRYPTED_TABLES, type EncryptedTable } from "./encrypted-fields";
import { openBytesField, openTextField } from "./field-cipher";

type Args = Record<string, unknown>;
type Row = Record<string, unknown>;
type Relations = Record<string, Record<string, string>>;
// What a query returns at one level: the relations it includes, and the row-key fields it had to add
// to a `select` (to decrypt with) and takes out again.
type Plan = { added: string[]; relations: Record<string, { model: string; plan: Plan }> };

const RECORD_OPERATIONS = new Set([
  "findUnique",
  "findUniqueOrThrow",
  "findFirst",
  "findFirstOrThrow",
  "findMany",
  "create",
  "createManyAndReturn",
  "update",
  "updateManyAndReturn",
  "upsert",
  "delete",
]);

// Every encrypted column is decrypted in every query result (top level, nested includes and selects,
// inside transactions), so pages, exports, reports and the API never see a ciphertext. Results stay
// plain objects. A value that does not authenticate throws a DecryptionError. Raw SQL is not covered:
// its few reads of encrypted columns open them with ./field-cipher.
export function withDecryption(prisma: PrismaClient): PrismaClient {
  const relations = relationsOf(prisma);
  const extended = prisma.$extends({
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }) {
          if (!RECORD_OPERATIONS.has(operation)) return query(args);
          const { args: prepared, plan } = planFor({ model, args: (args ?? {}) as Args, relations });
          const result = await query(prepared as never);
          return decryptTree({ model, value: result, plan });
        },
      },
    },
  });
  // Values change, types do not: the extended client keeps the base client's type.
  return extended as unknown as PrismaClient;
}

function relationsOf(prisma: PrismaClient): Relations {
  const dataModel = (prisma as unknown as { _runtimeDataModel?: { models: Record<string, { fields: Array<{ name: string; kind: string; type: string }> }> } })
    ._runtimeDataModel;
  if (!dataModel) throw new Error("withDecryption: the Prisma client exposes no data model");
  return Object.fromEntries(
    Object.entries(dataModel.models).map(([model, { fields }]) => [
      model,
      Object.fromEntries(fields.filter((f) => f.kind === "object").map((f) => [f.name, f.type])),
    ]),
  );
}

function encryptedSpec(model: string) {
  return model in ENCRYPTED_TABLES ? ENCRYPTED_TABLES[model as EncryptedTable] : undefined;
}

// Copies the args along their select/include tree (the caller's object is never changed).
function planFor(options: { model: string; args: Args; relations: Relations }): { args: Args; plan: Plan } {
  const { model, relations } = options;
  const args = { ...options.args };
  const plan: Plan = { added: [], relations: {} };
  const mode = args.select ? "select" : args.include ? "include" : null;
  if (!mode) return { args, plan };
  const nested = { ...(args[mode] as Record<string, unknown>) };
  args[mode] = nested;
  for (const [field, value] of Object.entries(nested)) {
    const target = relations[model]?.[field];
    if (!target || !value) continue;
    const child = planFor({ model: target, args: typeof value === "object" ? (value as Args) : {}, relations });
    if (typeof value === "object") nested[field] = child.args;
    plan.relations[field] = { model: target, plan: child.plan };
  }
  const spec = encryptedSpec(model);
  if (mode === "select" && spec) {
    const columns: readonly string[] = [...spec.text, ...spec.bytes];
    if (columns.some((column) => nested[column])) {
      for (const key of spec.rowKey) {
        if (nested[key]) continue;
        nested[key] = true;
        plan.added.push(key);
      }
    }
  }
  return { args, plan };
}

function decryptTree(options: { model: string; value: unknown; plan: Plan }): unknown {
  const { model, value, plan } = options;
  if (Array.isArray(value)) return value.map((item) => decryptTree({ model, value: item, plan }));
  if (!value || typeof value !== "object") return value;
  const row = value as Row;
  for (const [field, child] of Object.entries(plan.relations)) {
    if (field in row) row[field] = decryptTree({ model: child.model, value: row[field], plan: child.plan });
  }
  const spec = encryptedSpec(model);
  if (spec) decryptRow({ table: model as EncryptedTable, row });
  for (const key of plan.added) delete row[key];
  return row;
}

function decryptRow(options: { table: EncryptedTable; row: Row }): void {
  const { table, row } = options;
  const spec = ENCRYPTED_TABLES[table];
  for (const column of spec.text) {
    if (typeof row[column] !== "string") continue;
    row[column] = openTextField({ table, column: column as never, row, value: row[column] as string, keyring: configuredKeyring() });
  }
  for (const column of spec.bytes) {
    if (!(row[column] instanceof Uint8Array)) continue;
    row[column] = openBytesField({ table, column, row, value: row[column] as Uint8Array, keyring: configuredKeyring() });
  }
}
