import { describe, expect, it } from "vitest";
import { BackupError, checkPassphrase, decryptArchive, encryptArchive } from "./archive-cipher";
import { orderByDependencies } from "./table-order";

const passphrase = "correct horse battery staple";

describe("backup archive encryption", () => {
  it("round-trips, and refuses a wrong passphrase, a flipped byte, an edited header and a foreign file", () => {
    const plaintext = Buffer.from("manifest and rows ".repeat(1000));
    const archive = encryptArchive({ plaintext, passphrase });
    expect(archive.includes(Buffer.from("manifest and rows"))).toBe(false);
    expect(decryptArchive({ archive, passphrase })).toEqual(plaintext);
    expect(() => decryptArchive({ archive, passphrase: "another long passphrase" })).toThrow(/Wrong passphrase, or the backup archive was altered/);
    const flipped = Buffer.from(archive);
    flipped[flipped.length - 40] = flipped[flipped.length - 40]! ^ 1;
    expect(() => decryptArchive({ archive: flipped, passphrase })).toThrow(BackupError);
    const header = Buffer.from(archive.toString("latin1").replace('"p":1', '"p":2'), "latin1");
    expect(() => decryptArchive({ archive: header, passphrase })).toThrow(BackupError);
    expect(() => decryptArchive({ archive: Buffer.from("PK\u0003\u0004 zip file"), passphrase })).toThrow(/not a Layerwise backup/);
  });

  it("asks for a passphrase of 12+ characters", () => {
    expect(() => checkPassphrase(undefined)).toThrow(/Set BACKUP_PASSPHRASE/);
    expect(() => checkPassphrase("short")).toThrow(/at least 12 characters/);
  });
});

describe("table order", () => {
  it("puts parents first, ignores self references and refuses a cycle", () => {
    const order = orderByDependencies({
      tables: ["Answer", "Assessment", "Organisation", "Program"],
      edges: [
        { child: "Answer", parent: "Assessment" },
        { child: "Assessment", parent: "Program" },
        { child: "Assessment", parent: "Assessment" },
        { child: "Program", parent: "Organisation" },
        { child: "Assessment", parent: "Organisation" },
      ],
    });
    expect(order).toEqual(["Organisation", "Program", "Assessment", "Answer"]);
    expect(() => orderByDependencies({ tables: ["A", "B"], edges: [{ child: "A", parent: "B" }, { child: "B", parent: "A" }] })).toThrow(/cycle/);
  });
});
