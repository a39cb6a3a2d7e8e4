import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getApiAnswer } from "@/lib/api/v1/get-answer";
import { storeCurrentContent } from "@/lib/content/snapshot";
import { configuredKeyring } from "@/lib/crypto/configured-keyring";
import { ENCRYPTED_TABLES, type EncryptedTable } from "@/lib/crypto/encrypted-fields";
import { DecryptionError, sealedKeyId } from "@/lib/crypto/envelope";
import { openTextField } from "@/lib/crypto/field-cipher";
import { generateKeySpec, parseKeyring } from "@/lib/crypto/keyring";
import { encryptPlaintextFields, rotateFields } from "@/lib/crypto/reencrypt-fields";
import { seedDemoIfEmpty } from "@/lib/demo/seed-demo";
import { getEvidenceFile } from "@/lib/evidence/get-evidence-file";
import { getInstanceKey } from "@/lib/signing/instance-key";
import { SECRETS, seedSensitiveData } from "../support/sensitive-data";
import { createTestDatabase } from "../support/test-database";

const database = await createTestDatabase();
afterAll(() => database.dispose());

type Stored = { table: EncryptedTable; column: string; value: string | Uint8Array };

// Every non-empty value of every encrypted column, as stored.
async function storedValues(): Promise<Stored[]> {
  const out: Stored[] = [];
  for (const [table, spec] of Object.entries(ENCRYPTED_TABLES) as Array<[EncryptedTable, (typeof ENCRYPTED_TABLES)[EncryptedTable]]>) {
    for (const column of [...spec.text, ...spec.bytes]) {
      const rows = await database.raw.query<{ value: string | Uint8Array }>(`SELECT "${column}" AS "value" FROM "${table}" WHERE "${column}" IS NOT NULL`);
      for (const { value } of rows) if (value.length > 0) out.push({ table, column, value });
    }
  }
  return out;
}

describe("encryption at rest", () => {
  let seeded: Awaited<ReturnType<typeof seedSensitiveData>>;
  beforeAll(async () => {
    expect(await seedDemoIfEmpty(database, await storeCurrentContent(database.prisma))).toBe(true);
    seeded = await seedSensitiveData("crypto");
  });

  it("stores every sensitive column (the demo's and the app's writes) as ciphertext under the current key, and nothing in plaintext", async () => {
    const stored = await storedValues();
    const columns = new Set(stored.map((s) => `${s.table}.${s.column}`));
    expect([...columns].sort()).toEqual(
      Object.entries(ENCRYPTED_TABLES)
        .flatMap(([table, spec]) => [...spec.text, ...spec.bytes].map((column) => `${table}.${column}`))
        .sort(),
    );
    for (const { value } of stored) expect(sealedKeyId(value)).toBe("test");
    const dump = (await database.raw.query<{ t: string }>(
      `SELECT string_agg(t::text, ' ') AS t FROM (SELECT row_to_json(x) AS t FROM "Answer" x UNION ALL SELECT row_to_json(x) FROM "Comment" x
         UNION ALL SELECT row_to_json(x) FROM "Evidence" x UNION ALL SELECT row_to_json(x) FROM "RoadmapItem" x
         UNION ALL SELECT row_to_json(x) FROM "IsmsItemStatus" x UNION ALL SELECT row_to_json(x) FROM "SigningKey" x
         UNION ALL SELECT row_to_json(x) FROM "User" x) s`,
    ))[0]!.t;
    for (const secret of Object.values(SECRETS)) expect(dump).not.toContain(secret);
    expect(dump).not.toContain(Buffer.from(SECRETS.file).toString("hex"));
    expect(dump).not.toContain("PRIVATE KEY");
  });

  it("reads plaintext through the app: answers, nested includes, the API, evidence files, the signing key", async () => {
    const { lead, assessmentId } = seeded;
    const assessment = await database.prisma.assessment.findUniqueOrThrow({
      where: { id: assessmentId },
      include: { answers: { select: { notes: true }, where: { practiceId: "NET-1.1" } }, comments: true, evidence: true, ismsStatuses: true },
    });
    // A select without the row key gets exactly what it asked for.
    expect(assessment.answers).toEqual([{ notes: SECRETS.notes }]);
    expect(assessment.comments.map((c) => c.body)).toEqual([SECRETS.comment]);
    expect(assessment.evidence.map((e) => e.description)).toEqual([SECRETS.description, SECRETS.description]);
    expect(assessment.evidence.map((e) => e.url)).toContain(SECRETS.url);
    expect(assessment.ismsStatuses[0]!.evidence).toBe(SECRETS.isms);
    const file = await getEvidenceFile({ userId: lead.userId, evidenceId: seeded.evidenceFileId });
    expect(new TextDecoder().decode(file.bytes)).toBe(SECRETS.file);
    expect(file.fileName).toBe(SECRETS.fileName);
    const item = await database.prisma.roadmapItem.findUniqueOrThrow({ where: { id: seeded.roadmapItemId } });
    expect(item.notes).toBe(SECRETS.roadmapNotes);
    const principal = { userId: lead.userId, organisationId: lead.organisationId, tokenId: "t", role: "ADMIN" as const };
    const api = await getApiAnswer({ principal, assessmentId, practiceId: "NET-1.2" });
    expect(api.answer).toMatchObject({ justification: SECRETS.justification });
    const key = await getInstanceKey();
    expect(key.source).toBe("database");
  });

  it("refuses a ciphertext moved to another row, with a clear error", async () => {
    const { assessmentId } = seeded;
    await database.raw.query(
      `UPDATE "Answer" SET "notes" = (SELECT "notes" FROM "Answer" WHERE "assessmentId" = $1 AND "practiceId" = 'NET-1.1')
       WHERE "assessmentId" = $1 AND "practiceId" = 'NET-1.3'`,
      [assessmentId],
    );
    const read = database.prisma.answer.findUniqueOrThrow({ where: { assessmentId_practiceId: { assessmentId, practiceId: "NET-1.3" } } });
    await expect(read).rejects.toThrow(DecryptionError);
    await expect(read).rejects.toThrow(/moved from another row/);
    await database.raw.query(`UPDATE "Answer" SET "notes" = NULL WHERE "assessmentId" = $1 AND "practiceId" = 'NET-1.3'`, [assessmentId]);
  });

  it("encrypts values stored before encryption at rest when the database is opened", async () => {
    const { assessmentId } = seeded;
    await database.raw.query(`UPDATE "Answer" SET "notes" = 'legacy plaintext' WHERE "assessmentId" = $1 AND "practiceId" = 'NET-1.3'`, [assessmentId]);
    await database.raw.query(`UPDATE "Evidence" SET "content" = $1 WHERE "id" = $2`, [Buffer.from("legacy file"), seeded.evidenceFileId]);
    expect(await encryptPlaintextFields(database.raw)).toMatchObject({ "Answer.notes": 1, "Evidence.content": 1 });
    expect(await encryptPlaintextFields(database.raw)).toMatchObject({ "Answer.notes": 0, "Evidence.content": 0 });
    const answer = await database.prisma.answer.findUniqueOrThrow({ where: { assessmentId_practiceId: { assessmentId, practiceId: "NET-1.3" } } });
    expect(answer.notes).toBe("legacy plaintext");
    const file = await getEvidenceFile({ userId: seeded.lead.userId, evidenceId: seeded.evidenceFileId });
    expect(Buffer.from(file.bytes).toString()).toBe("legacy file");
    for (const { value } of await storedValues()) expect(sealedKeyId(value)).toBe("test");
  });

  it("rotates every value to a new key, idempotently; the old key can then be dropped", async () => {
    const rotated = parseKeyring(`${generateKeySpec("next")},test:${configuredKeyring().current.key.toString("base64")}`);
    const before = (await storedValues()).length;
    const counts = await rotateFields(database.raw, rotated);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(before);
    expect(Object.values(await rotateFields(database.raw, rotated)).every((count) => count === 0)).toBe(true);
    for (const { value } of await storedValues()) expect(sealedKeyId(value)).toBe("next");
    const nextOnly = parseKeyring(`next:${rotated.current.key.toString("base64")}`);
    const [row] = await database.raw.query<{ notes: string }>(
      `SELECT "notes" FROM "Answer" WHERE "assessmentId" = $1 AND "practiceId" = 'NET-1.1'`,
      [seeded.assessmentId],
    );
    const value = openTextField({ table: "Answer", column: "notes", row: { assessmentId: seeded.assessmentId, practiceId: "NET-1.1" }, value: row!.notes, keyring: nextOnly });
    expect(value).toBe(SECRETS.notes);
    // Back to the test key, so the rest of this file's database reads with the configured keyring.
    await rotateFields(database.raw, parseKeyring(`test:${configuredKeyring().current.key.toString("base64")},next:${rotated.current.key.toString("base64")}`));
  });
});
