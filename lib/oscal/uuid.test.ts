import { describe, expect, it } from "vitest";
import { LAYERWISE_OSCAL_NAMESPACE, URL_NAMESPACE, oscalUuid, uuidV5 } from "./uuid";

const OSCAL_UUID = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[45][0-9A-Fa-f]{3}-[89ABab][0-9A-Fa-f]{3}-[0-9A-Fa-f]{12}$/;

describe("name-based UUIDs", () => {
  it("match RFC 4122 version 5 (the uuid package's v5 of www.example.com in the DNS namespace)", () => {
    expect(uuidV5("www.example.com", "6ba7b810-9dad-11d1-80b4-00c04fd430c8")).toBe(
      "2ed6657d-e927-568b-95e1-2665a8aea6a2",
    );
  });

  it("use a namespace derived from the Layerwise OSCAL URN, fixed forever", () => {
    expect(uuidV5("urn:layerwise:oscal", URL_NAMESPACE)).toBe(LAYERWISE_OSCAL_NAMESPACE);
  });

  it("are stable, differ by scope and key, and fit OSCAL's UUID pattern (version 5, RFC variant)", () => {
    const a = oscalUuid("asm_1", "finding:NET-1.1");
    expect(oscalUuid("asm_1", "finding:NET-1.1")).toBe(a);
    expect(oscalUuid("asm_2", "finding:NET-1.1")).not.toBe(a);
    expect(oscalUuid("asm_1", "finding:NET-1.2")).not.toBe(a);
    // The separator keeps ("a", "bc") and ("ab", "c") apart.
    expect(oscalUuid("a", "bc")).not.toBe(oscalUuid("ab", "c"));
    for (const id of [a, oscalUuid("", ""), oscalUuid("ünï", "🔐")]) {
      expect(id).toMatch(OSCAL_UUID);
      expect(id[14]).toBe("5");
    }
  });

  it("refuses a namespace that is not a UUID", () => {
    expect(() => uuidV5("x", "not-a-uuid")).toThrow(/namespace/);
  });
});
