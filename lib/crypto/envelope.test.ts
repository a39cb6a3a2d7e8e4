import { describe, expect, it } from "vitest";
import { DecryptionError, openBytes, openText, sealBytes, sealedKeyId, sealText } from "./envelope";
import { generateKeySpec, parseKeyring } from "./keyring";

const oldKeys = parseKeyring(generateKeySpec("old"));
const bothKeys = parseKeyring(`${generateKeySpec("new")},${generateKeySpec("old").replace(/:.*/, "")}:${oldKeys.current.key.toString("base64")}`);
const context = 'Answer.notes:["a1","NET-1.1"]';

describe("text envelope", () => {
  it("round-trips unicode under a versioned, key-identified format with a fresh iv each time", () => {
    const plaintext = "Pare-feu : hébergé chez le fournisseur 🌐\nligne 2";
    const sealed = sealText({ keyring: oldKeys, context, plaintext });
    expect(sealed).toMatch(/^lw1:old:[A-Za-z0-9_-]{16}:[A-Za-z0-9_-]{22}:[A-Za-z0-9_-]+$/);
    expect(sealed).not.toContain("Pare-feu");
    expect(sealText({ keyring: oldKeys, context, plaintext })).not.toBe(sealed);
    expect(openText({ keyring: oldKeys, context, sealed })).toBe(plaintext);
    expect(sealedKeyId(sealed)).toBe("old");
  });

  it("decrypts with any known key and seals with the current one (rotation)", () => {
    const sealedOld = sealText({ keyring: oldKeys, context, plaintext: "secret" });
    expect(openText({ keyring: bothKeys, context, sealed: sealedOld })).toBe("secret");
    expect(sealedKeyId(sealText({ keyring: bothKeys, context, plaintext: "secret" }))).toBe("new");
    const newOnly = parseKeyring(`new:${bothKeys.current.key.toString("base64")}`);
    expect(() => openText({ keyring: newOnly, context, sealed: sealedOld })).toThrow(/No data encryption key "old"/);
  });

  it("refuses a tampered ciphertext, tag or key id, another row's context and a plaintext value", () => {
    const sealed = sealText({ keyring: oldKeys, context, plaintext: "secret value" });
    const parts = sealed.split(":");
    const flip = (part: string) => {
      const bytes = Buffer.from(part, "base64url");
      bytes[0] = bytes[0]! ^ 1;
      return bytes.toString("base64url");
    };
    for (const index of [2, 3, 4]) {
      const tampered = parts.map((part, i) => (i === index ? flip(part) : part)).join(":");
      expect(() => openText({ keyring: oldKeys, context, sealed: tampered })).toThrow(DecryptionError);
    }
    expect(() => openText({ keyring: oldKeys, context: 'Answer.notes:["a1","NET-1.2"]', sealed })).toThrow(
      /does not authenticate: altered, moved from another row or wrong key/,
    );
    expect(() => openText({ keyring: oldKeys, context: 'Answer.justification:["a1","NET-1.1"]', sealed })).toThrow(DecryptionError);
    expect(() => openText({ keyring: oldKeys, context, sealed: "plain words" })).toThrow(/not an lw1 ciphertext/);
    expect(sealedKeyId("plain words")).toBeNull();
  });
});

describe("bytes envelope", () => {
  it("round-trips a file, refuses a flipped byte and a moved ciphertext", () => {
    const file = new Uint8Array(100_000).map((_, i) => i % 251);
    const sealed = sealBytes({ keyring: oldKeys, context: 'Evidence.content:["e1"]', plaintext: file });
    expect(Buffer.from(sealed.subarray(0, 4)).toString("latin1")).toBe("LWE1");
    expect(sealedKeyId(sealed)).toBe("old");
    expect(openBytes({ keyring: bothKeys, context: 'Evidence.content:["e1"]', sealed })).toEqual(file);
    const tampered = new Uint8Array(sealed);
    tampered[tampered.length - 1] = tampered[tampered.length - 1]! ^ 1;
    expect(() => openBytes({ keyring: oldKeys, context: 'Evidence.content:["e1"]', sealed: tampered })).toThrow(DecryptionError);
    expect(() => openBytes({ keyring: oldKeys, context: 'Evidence.content:["e2"]', sealed })).toThrow(DecryptionError);
    expect(() => openBytes({ keyring: oldKeys, context: 'Evidence.content:["e1"]', sealed: file })).toThrow(/not an LWE1 ciphertext/);
  });
});
