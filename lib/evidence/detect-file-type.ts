import { fileTypeFromBuffer } from "file-type";

// Evidence files are typed by their content, never by their name: a renamed executable is refused.
const ALLOWED_BINARY: Record<string, string> = {
  pdf: "application/pdf",
  png: "image/png",
  jpg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  odt: "application/vnd.oasis.opendocument.text",
  ods: "application/vnd.oasis.opendocument.spreadsheet",
  odp: "application/vnd.oasis.opendocument.presentation",
};
// Plain text has no signature: accepted when it is valid UTF-8 without control bytes and named as text.
const TEXT_EXTENSIONS: Record<string, string> = { txt: "text/plain", csv: "text/csv", md: "text/markdown" };

export type DetectedType = { ok: true; ext: string; mime: string } | { ok: false; found: string };

function extensionOf(fileName: string): string {
  return fileName.toLowerCase().split(".").pop() ?? "";
}

function looksLikeText(bytes: Uint8Array): boolean {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return !/[\u0000-\u0008\u000E-\u001F]/.test(text);
  } catch {
    return false;
  }
}

export async function detectEvidenceType(options: { bytes: Uint8Array; fileName: string }): Promise<DetectedType> {
  const detected = await fileTypeFromBuffer(options.bytes);
  if (detected) {
    const mime = ALLOWED_BINARY[detected.ext];
    return mime ? { ok: true, ext: detected.ext, mime } : { ok: false, found: detected.ext };
  }
  const ext = extensionOf(options.fileName);
  const textMime = TEXT_EXTENSIONS[ext];
  if (textMime && looksLikeText(options.bytes)) return { ok: true, ext, mime: textMime };
  return { ok: false, found: textMime ? "binary data" : "unknown" };
}

export const ALLOWED_EVIDENCE_EXTENSIONS = [...Object.keys(ALLOWED_BINARY), ...Object.keys(TEXT_EXTENSIONS)];
