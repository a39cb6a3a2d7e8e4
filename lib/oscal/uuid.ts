import { createHash } from "node:crypto";

// Deterministic, name-based UUIDs (RFC 4122 / RFC 9562 version 5: SHA-1 over namespace + name), so
// that exporting the same assessment twice gives every OSCAL element the same uuid and a GRC tool
// that imports both updates its records instead of duplicating them. OSCAL's UUID datatype only
// accepts versions 4 and 5 with the RFC 4122 variant, which v5 satisfies.

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// RFC 4122 appendix C namespace for URLs.
export const URL_NAMESPACE = "6ba7b811-9dad-11d1-80b4-00c04fd430c8";

// Layerwise's namespace for OSCAL element ids: uuidV5("urn:layerwise:oscal", URL_NAMESPACE).
// Fixed forever: changing it would change every exported uuid. Asserted by uuid.test.ts.
export const LAYERWISE_OSCAL_NAMESPACE = "cb81f1ce-8b6a-5fa9-9eca-9d4b80f8d5b9";

export function uuidV5(name: string, namespace: string): string {
  if (!UUID_PATTERN.test(namespace)) throw new Error(`not a UUID namespace: ${namespace}`);
  const hash = createHash("sha1")
    .update(Buffer.from(namespace.replaceAll("-", ""), "hex"))
    .update(name, "utf8")
    .digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50; // version 5
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122 variant (10xx)
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// The uuid of one OSCAL element: `scope` is the id of the record it belongs to (an assessment, or
// the organisation / program for parties and systems shared across assessments), `key` names the
// element within it (e.g. "finding:NET-1.4"). Ids never contain "\n", so the pair is unambiguous.
export function oscalUuid(scope: string, key: string): string {
  return uuidV5(`${scope}\n${key}`, LAYERWISE_OSCAL_NAMESPACE);
}
