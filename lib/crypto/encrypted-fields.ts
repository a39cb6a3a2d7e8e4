// Every column encrypted at rest, with the columns that identify its row. The row identity is part
// of each ciphertext's associated data: a value copied to another row does not decrypt. Natural keys
// are used where the save path knows them before the row exists (an answer is written by one SQL
// statement that inserts or updates by assessment and practice).
export const ENCRYPTED_TABLES = {
  Answer: { model: "answer", rowKey: ["assessmentId", "practiceId"], text: ["notes", "justification"], bytes: [] },
  Comment: { model: "comment", rowKey: ["id"], text: ["body"], bytes: [] },
  RoadmapItem: { model: "roadmapItem", rowKey: ["assessmentId", "practiceId"], text: ["notes"], bytes: [] },
  Evidence: { model: "evidence", rowKey: ["id"], text: ["description", "url", "fileName"], bytes: ["content"] },
  IsmsItemStatus: { model: "ismsItemStatus", rowKey: ["assessmentId", "itemId"], text: ["evidence"], bytes: [] },
  SigningKey: { model: "signingKey", rowKey: ["id"], text: ["privateKey"], bytes: [] },
  User: { model: "user", rowKey: ["id"], text: ["mfaSecret"], bytes: [] },
} as const;

export type EncryptedTable = keyof typeof ENCRYPTED_TABLES;
type Spec<T extends EncryptedTable> = (typeof ENCRYPTED_TABLES)[T];
export type TextColumn<T extends EncryptedTable> = Spec<T>["text"][number];
export type BytesColumn<T extends EncryptedTable> = Spec<T>["bytes"][number];
export type RowKey<T extends EncryptedTable> = Record<Spec<T>["rowKey"][number], string>;

export function fieldContext(options: { table: EncryptedTable; column: string; row: Readonly<Record<string, unknown>> }): string {
  const key = ENCRYPTED_TABLES[options.table].rowKey.map((name) => String(options.row[name]));
  return `${options.table}.${options.column}:${JSON.stringify(key)}`;
}
