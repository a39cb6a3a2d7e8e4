import type { KeyObject } from "node:crypto";
import { AppError } from "@/lib/errors";
import { sha256Hex, verifyBytes } from "./ed25519";
import { exportMessage, type SignedExportFields } from "./export-message";
import { findVerificationCodes, parseVerificationCode } from "./verification-code";

// What a verification may show about an export: enough for a recipient to tell which assessment
// and moment a file came from, nothing of its content.
export type ExportDetails = {
  code: string;
  assessmentTitle: string;
  programName: string;
  organisationName: string;
  kind: string;
  fileName: string;
  createdAt: string;
  keyId: string;
  sha256: string;
};

export type StoredExport = SignedExportFields & { signature: string; keyId: string; details: ExportDetails };

// The records and keys of this instance; the database in the app, plain maps in unit tests.
export type ExportLookup = {
  bySha256(sha256: string): Promise<StoredExport | null>;
  byCode(code: string): Promise<StoredExport | null>;
  publicKey(keyId: string): Promise<KeyObject | null>;
};

export const VERIFICATION_OUTCOMES = [
  // The file is byte for byte an export of this instance, and its record's signature holds.
  "authentic",
  // A typed code names an export of this instance (the file itself was not checked).
  "registered",
  // The file carries the code of an export of this instance, but its content differs.
  "modified",
  // The file matches no export and carries no readable code: altered, truncated or foreign.
  "unreadable",
  // A well-formed code this instance never issued: the file comes from elsewhere.
  "unknownCode",
  // What was typed is not a verification code (a typo fails the check character).
  "malformedCode",
  // The record exists but its signature does not verify: the stored record was changed.
  "signatureInvalid",
] as const;

export type VerificationOutcome = (typeof VERIFICATION_OUTCOMES)[number];

export type VerificationResult = {
  outcome: VerificationOutcome;
  authentic: boolean;
  code: string | null;
  sha256: string | null;
  export: ExportDetails | null;
};

function result(
  outcome: VerificationOutcome,
  extra: Partial<Omit<VerificationResult, "outcome" | "authentic">> = {},
): VerificationResult {
  return { outcome, authentic: outcome === "authentic", code: null, sha256: null, export: null, ...extra };
}

async function signatureHolds(options: { record: StoredExport; lookup: ExportLookup }): Promise<boolean> {
  const { record } = options;
  const publicKey = await options.lookup.publicKey(record.keyId);
  if (!publicKey) return false;
  return verifyBytes({ publicKey, message: exportMessage(record), signature: record.signature });
}

// A file is judged by its SHA-256 first (so an XLSX, whose code sits inside compressed XML, needs
// no unzipping), then by the codes written in it; a typed code alone is looked up on its own.
export async function verifyExport(options: {
  bytes?: Uint8Array;
  code?: string;
  lookup: ExportLookup;
}): Promise<VerificationResult> {
  const { bytes, lookup } = options;
  const typed = options.code?.trim() ? parseVerificationCode(options.code) : undefined;
  if (bytes) return verifyFile({ bytes, typed, lookup });
  if (typed === undefined) throw new AppError({ code: "BAD_INPUT", messageKey: "verifyInputMissing" });
  if (typed === null) return result("malformedCode");
  const record = await lookup.byCode(typed);
  if (!record) return result("unknownCode", { code: typed });
  const outcome = (await signatureHolds({ record, lookup })) ? "registered" : "signatureInvalid";
  return result(outcome, { code: typed, sha256: record.sha256, export: record.details });
}

async function verifyFile(options: {
  bytes: Uint8Array;
  typed: string | null | undefined;
  lookup: ExportLookup;
}): Promise<VerificationResult> {
  const { bytes, typed, lookup } = options;
  const sha256 = sha256Hex(bytes);
  const exact = await lookup.bySha256(sha256);
  if (exact) {
    const outcome = (await signatureHolds({ record: exact, lookup })) ? "authentic" : "signatureInvalid";
    return result(outcome, { code: exact.code, sha256, export: exact.details });
  }
  if (typed === null) return result("malformedCode", { sha256 });
  const candidates = [...new Set([...(typed ? [typed] : []), ...findVerificationCodes(bytes)])];
  for (const code of candidates) {
    const record = await lookup.byCode(code);
    if (record) return result("modified", { code, sha256, export: record.details });
  }
  if (candidates[0]) return result("unknownCode", { code: candidates[0], sha256 });
  return result("unreadable", { sha256 });
}
