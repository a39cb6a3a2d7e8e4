// What an export's signature covers. The message is UTF-8 text, one "name:value" line per field in
// this order, joined by "\n" with no trailing newline:
//
//   layerwise-export-v1
//   code:LW-ABCD-EFGH-JKMN
//   assessment:<assessment id>
//   organisation:<organisation id>
//   kind:answers.csv
//   sha256:<64 lowercase hex digits of the file's SHA-256>
//   created:<ISO 8601 UTC time with milliseconds, e.g. 2026-03-01T09:30:00.000Z>
//
// The first line names the format, so a later version can add fields without an old signature
// being read as a new one. A value with a line break would make two messages collide, so none is
// accepted (ids, kinds, codes and hex digests never contain one).
export const EXPORT_MESSAGE_FORMAT = "layerwise-export-v1";

export type SignedExportFields = {
  code: string;
  assessmentId: string;
  organisationId: string;
  kind: string;
  sha256: string;
  createdAt: Date;
};

export function exportMessage(fields: SignedExportFields): Uint8Array {
  const values: Array<[string, string]> = [
    ["code", fields.code],
    ["assessment", fields.assessmentId],
    ["organisation", fields.organisationId],
    ["kind", fields.kind],
    ["sha256", fields.sha256],
    ["created", fields.createdAt.toISOString()],
  ];
  for (const [name, value] of values) {
    if (/[\r\n]/.test(value)) throw new Error(`The signed field ${name} contains a line break`);
  }
  return new TextEncoder().encode(
    [EXPORT_MESSAGE_FORMAT, ...values.map(([name, value]) => `${name}:${value}`)].join("\n"),
  );
}
