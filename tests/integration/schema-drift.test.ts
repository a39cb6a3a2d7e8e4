import { readFileSync } from "node:fs";
import * as internals from "@prisma/internals";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../support/test-database";

// Fails when prisma/schema.prisma and the database built by prisma/migrations disagree:
// tables, columns (type, nullability, default), enums, indexes and foreign keys.
type Dmmf = Awaited<ReturnType<typeof internals.getDMMF>>;
type DmmfField = Dmmf["datamodel"]["models"][number]["fields"][number];

const SCALAR_TO_PG: Record<string, string> = {
  String: "text",
  Int: "integer",
  Float: "double precision",
  Boolean: "boolean",
  DateTime: "timestamp without time zone",
  Json: "jsonb",
  Bytes: "bytea",
};
// The element type's name in a list column's udt_name ("_int4" for integer[]).
const SCALAR_TO_UDT: Record<string, string> = { String: "text", Int: "int4", Float: "float8", Boolean: "bool" };
// Defaults Prisma computes in the client, so the column has none.
const CLIENT_SIDE_DEFAULTS = new Set(["cuid", "uuid", "nanoid", "ulid"]);

function expectedColumn(field: DmmfField) {
  const defaultName = typeof field.default === "object" && field.default && "name" in field.default ? field.default.name : null;
  return {
    type: field.isList ? "ARRAY" : field.kind === "enum" ? "USER-DEFINED" : SCALAR_TO_PG[field.type],
    udt: field.isList ? `_${SCALAR_TO_UDT[field.type] ?? field.type}` : field.kind === "enum" ? field.type : undefined,
    nullable: !field.isRequired || field.isList,
    hasDefault: field.hasDefaultValue && !CLIENT_SIDE_DEFAULTS.has(String(defaultName)),
  };
}

describe("schema.prisma and migrations", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let dmmf: Dmmf;
  beforeAll(async () => {
    database = await createTestDatabase();
    dmmf = await internals.getDMMF({ datamodel: readFileSync("prisma/schema.prisma", "utf8") });
  });
  afterAll(async () => database.dispose());

  it("have the same tables and columns", async () => {
    const rows = await database.raw.query<{
      table_name: string;
      column_name: string;
      data_type: string;
      udt_name: string;
      is_nullable: string;
      column_default: string | null;
    }>(
      `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default
       FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
    );
    const actual = new Map<string, object>();
    for (const r of rows) {
      actual.set(`${r.table_name}.${r.column_name}`, {
        type: r.data_type,
        udt: r.data_type === "ARRAY" || r.data_type === "USER-DEFINED" ? r.udt_name : undefined,
        nullable: r.is_nullable === "YES",
        hasDefault: r.column_default !== null,
      });
    }
    const expected = new Map<string, object>();
    for (const model of dmmf.datamodel.models) {
      for (const field of model.fields.filter((f) => f.kind !== "object")) {
        expected.set(`${model.dbName ?? model.name}.${field.dbName ?? field.name}`, expectedColumn(field));
      }
    }
    expect(Object.fromEntries([...actual].sort())).toEqual(Object.fromEntries([...expected].sort()));
  });

  it("have the same enums", async () => {
    const rows = await database.raw.query<{ name: string; value: string }>(
      `SELECT t.typname AS name, e.enumlabel AS value FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid ORDER BY t.typname, e.enumsortorder`,
    );
    const actual: Record<string, string[]> = {};
    for (const r of rows) (actual[r.name] ??= []).push(r.value);
    const expected = Object.fromEntries(dmmf.datamodel.enums.map((e) => [e.dbName ?? e.name, e.values.map((v) => v.dbName ?? v.name)]));
    expect(actual).toEqual(expected);
  });

  it("have the same indexes and primary keys", async () => {
    const rows = await database.raw.query<{ table: string; columns: string[]; unique: boolean; primary: boolean }>(
      `SELECT t.relname AS table, i.indisunique AS unique, i.indisprimary AS primary,
              array_agg(a.attname ORDER BY k.ord)::text[] AS columns
       FROM pg_index i
       JOIN pg_class t ON t.oid = i.indrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
       CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
       JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
       WHERE t.relname <> '_prisma_migrations'
       GROUP BY t.relname, i.indexrelid, i.indisunique, i.indisprimary`,
    );
    const describeIndex = (table: string, kind: string, columns: string[]) => `${table}(${columns.join(",")}) ${kind}`;
    const actual = rows
      .map((r) => describeIndex(r.table, r.primary ? "id" : r.unique ? "unique" : "normal", r.columns))
      .sort();
    const expected = dmmf.datamodel.indexes
      .map((index) => describeIndex(index.model, index.type, index.fields.map((f) => f.name)))
      .sort();
    expect(actual).toEqual(expected);
  });

  it("have the same foreign keys and delete rules", async () => {
    const rows = await database.raw.query<{ table: string; columns: string[]; target: string; on_delete: string }>(
      `SELECT c.conrelid::regclass::text AS table, c.confrelid::regclass::text AS target,
              c.confdeltype AS on_delete,
              array(SELECT attname FROM pg_attribute WHERE attrelid = c.conrelid AND attnum = ANY (c.conkey))::text[] AS columns
       FROM pg_constraint c WHERE c.contype = 'f'`,
    );
    const deleteRule: Record<string, string> = { a: "NoAction", r: "Restrict", c: "Cascade", n: "SetNull", d: "SetDefault" };
    const actual = rows
      .map((r) => `${r.table.replace(/"/g, "")}(${[...r.columns].sort().join(",")}) -> ${r.target.replace(/"/g, "")} ${deleteRule[r.on_delete]}`)
      .sort();
    const expected: string[] = [];
    for (const model of dmmf.datamodel.models) {
      for (const field of model.fields) {
        if (field.kind !== "object" || !field.relationFromFields?.length) continue;
        const onDelete = field.relationOnDelete ?? (field.isRequired ? "Restrict" : "SetNull");
        expected.push(`${model.name}(${[...field.relationFromFields].sort().join(",")}) -> ${field.type} ${onDelete}`);
      }
    }
    expect(actual).toEqual(expected.sort());
  });
});
