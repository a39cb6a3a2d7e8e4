import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { generateSigningKey, sha256Hex, signBytes, type SigningKeyPair } from "./ed25519";
import { exportMessage } from "./export-message";
import { newVerificationCode } from "./verification-code";
import { verifyExport, type ExportLookup, type StoredExport } from "./verify-export";

const encode = (text: string) => new TextEncoder().encode(text);

// An instance in memory: its keys and export records, looked up as the database lookup does.
function instance() {
  const key = generateSigningKey();
  const keys = new Map<string, SigningKeyPair>([[key.keyId, key]]);
  const records: StoredExport[] = [];
  const lookup: ExportLookup = {
    bySha256: async (sha256) => records.find((r) => r.sha256 === sha256) ?? null,
    byCode: async (code) => records.find((r) => r.code === code) ?? null,
    publicKey: async (keyId) => keys.get(keyId)?.publicKey ?? null,
  };
  function exportFile(options: { signWith?: SigningKeyPair } = {}) {
    const signer = options.signWith ?? key;
    const code = newVerificationCode();
    const bytes = encode(`Practice,Answer\r\nNET-1.1,Fully implemented\r\nVerification code,${code},\r\n`);
    const fields = {
      code,
      assessmentId: "a1",
      organisationId: "o1",
      kind: "answers.csv",
      sha256: sha256Hex(bytes),
      createdAt: new Date("2026-03-01T09:30:00.000Z"),
    };
    const record: StoredExport = {
      ...fields,
      keyId: signer.keyId,
      signature: signBytes({ privateKey: signer.privateKey, message: exportMessage(fields) }),
      details: {
        code,
        assessmentTitle: "Baseline",
        programName: "Property tax",
        organisationName: "Org",
        kind: "answers.csv",
        fileName: "answers.csv",
        createdAt: fields.createdAt.toISOString(),
        keyId: signer.keyId,
        sha256: fields.sha256,
      },
    };
    records.push(record);
    return { bytes, code, record };
  }
  return { key, keys, records, lookup, exportFile };
}

describe("verifyExport", () => {
  it("finds an unaltered file authentic, with where and when it came from", async () => {
    const here = instance();
    const { bytes, code } = here.exportFile();
    const result = await verifyExport({ bytes, lookup: here.lookup });
    expect(result).toMatchObject({ outcome: "authentic", authentic: true, code, sha256: sha256Hex(bytes) });
    expect(result.export).toMatchObject({
      assessmentTitle: "Baseline",
      programName: "Property tax",
      keyId: here.key.keyId,
    });
  });

  it("finds one changed byte: the code is still there, the content is not", async () => {
    const here = instance();
    const { bytes, code } = here.exportFile();
    const changed = Uint8Array.from(bytes);
    changed[20] = changed[20] === 0x46 ? 0x50 : 0x46;
    const result = await verifyExport({ bytes: changed, lookup: here.lookup });
    expect(result).toMatchObject({ outcome: "modified", authentic: false, code });
    expect(result.sha256).not.toBe(result.export?.sha256);
  });

  it("finds a truncated file that lost its code unreadable", async () => {
    const here = instance();
    const { bytes } = here.exportFile();
    const result = await verifyExport({ bytes: bytes.slice(0, 30), lookup: here.lookup });
    expect(result).toMatchObject({ outcome: "unreadable", authentic: false, code: null, export: null });
  });

  it("uses a typed code for a file whose code cannot be read (a zipped XLSX)", async () => {
    const here = instance();
    const { code } = here.exportFile();
    const result = await verifyExport({
      bytes: encode("PK\u0003\u0004 compressed"),
      code: code.toLowerCase(),
      lookup: here.lookup,
    });
    expect(result).toMatchObject({ outcome: "modified", code });
  });

  it("says a file from another instance is not from this one", async () => {
    const here = instance();
    const elsewhere = instance();
    const { bytes, code } = elsewhere.exportFile();
    expect(await verifyExport({ bytes, lookup: here.lookup })).toMatchObject({
      outcome: "unknownCode",
      code,
      authentic: false,
    });
    expect(await verifyExport({ code, lookup: here.lookup })).toMatchObject({ outcome: "unknownCode", code });
  });

  it("checks a typed code on its own: registered, unknown or malformed", async () => {
    const here = instance();
    const { code, record } = here.exportFile();
    expect(await verifyExport({ code: ` ${code} `, lookup: here.lookup })).toMatchObject({
      outcome: "registered",
      authentic: false,
      sha256: record.sha256,
    });
    expect(await verifyExport({ code: newVerificationCode(), lookup: here.lookup })).toMatchObject({
      outcome: "unknownCode",
    });
    expect(await verifyExport({ code: "LW-1234", lookup: here.lookup })).toMatchObject({
      outcome: "malformedCode",
      code: null,
    });
    const typo = code.slice(0, -1) + (code.endsWith("0") ? "1" : "0");
    expect(await verifyExport({ code: typo, lookup: here.lookup })).toMatchObject({ outcome: "malformedCode" });
  });

  it("catches an edited record: its signature no longer holds", async () => {
    const here = instance();
    const { bytes, record } = here.exportFile();
    record.assessmentId = "another-assessment";
    expect(await verifyExport({ bytes, lookup: here.lookup })).toMatchObject({
      outcome: "signatureInvalid",
      authentic: false,
    });
    expect(await verifyExport({ code: record.code, lookup: here.lookup })).toMatchObject({
      outcome: "signatureInvalid",
    });
  });

  it("does not trust a record signed by a key this instance does not hold", async () => {
    const here = instance();
    const { bytes } = here.exportFile({ signWith: generateSigningKey() });
    expect(await verifyExport({ bytes, lookup: here.lookup })).toMatchObject({ outcome: "signatureInvalid" });
  });

  it("keeps verifying exports of a retired key it still knows", async () => {
    const here = instance();
    const retired = generateSigningKey();
    here.keys.set(retired.keyId, retired);
    const { bytes } = here.exportFile({ signWith: retired });
    expect(await verifyExport({ bytes, lookup: here.lookup })).toMatchObject({ outcome: "authentic" });
  });

  it("asks for a file or a code when given neither", async () => {
    const here = instance();
    const error = await verifyExport({ code: "  ", lookup: here.lookup }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).messageKey).toBe("verifyInputMissing");
  });
});
