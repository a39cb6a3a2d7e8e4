import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

// Lookup tables over content/standards/*.json (see content/standards/SOURCES.md for their shapes).
export type TStandards = {
  /** ISO/IEC 27001:2022 Annex A control id (A.5.1 … A.8.34) → short title; 93 entries. */
  isoAnnexA: ReadonlyMap<string, string>;
  /** ISO/IEC 27001:2022 clause id (4 … 10.2) → heading. */
  isoClauses: ReadonlyMap<string, string>;
  /** CSF 2.0 subcategory id (GV.OC-01) → outcome statement. */
  csfSubcategories: ReadonlyMap<string, string>;
  /** CSF 2.0 function and category ids → their type, to explain why they cannot be mapped. */
  csfNonSubcategories: ReadonlyMap<string, "function" | "category">;
  /** SP 800-53 rev5 control or enhancement id that is not withdrawn → title. */
  sp80053: ReadonlyMap<string, string>;
  /** Withdrawn SP 800-53 rev5 ids → the ids NIST folded them into (may be empty). */
  sp80053Withdrawn: ReadonlyMap<string, readonly string[]>;
};

export const STANDARDS_DIR = path.join("content", "standards");

const ZIdTitle = z.object({ id: z.string(), title: z.string() });
const ZCsfEntry = z.object({
  id: z.string(),
  type: z.enum(["function", "category", "subcategory"]),
  title: z.string(),
});
const ZSp80053Control = z.object({
  id: z.string(),
  title: z.string(),
  withdrawn: z.boolean().optional(),
  incorporatedInto: z.array(z.string()).optional(),
});

const cache = new Map<string, TStandards>();

function readJson<T>(options: { dir: string; file: string; schema: z.ZodType<T> }): T {
  const text = readFileSync(path.join(options.dir, options.file), "utf8");
  // These files are vendored data: a shape mismatch is a packaging bug, so failing loudly is right.
  return options.schema.parse(JSON.parse(text));
}

function buildStandards(dir: string): TStandards {
  const annexA = readJson({ dir, file: "iso27001-2022-annexA.json", schema: z.array(ZIdTitle) });
  const clauses = readJson({ dir, file: "iso27001-2022-clauses.json", schema: z.array(ZIdTitle) });
  const csf = readJson({ dir, file: "csf2.json", schema: z.array(ZCsfEntry) });
  const controls = readJson({ dir, file: "sp800-53r5-controls.json", schema: z.array(ZSp80053Control) });

  const csfSubcategories = new Map<string, string>();
  const csfNonSubcategories = new Map<string, "function" | "category">();
  for (const entry of csf) {
    if (entry.type === "subcategory") csfSubcategories.set(entry.id, entry.title);
    else csfNonSubcategories.set(entry.id, entry.type);
  }

  const sp80053 = new Map<string, string>();
  const sp80053Withdrawn = new Map<string, readonly string[]>();
  for (const control of controls) {
    if (control.withdrawn) sp80053Withdrawn.set(control.id, control.incorporatedInto ?? []);
    else sp80053.set(control.id, control.title);
  }

  return {
    isoAnnexA: new Map(annexA.map((control) => [control.id, control.title])),
    isoClauses: new Map(clauses.map((clause) => [clause.id, clause.title])),
    csfSubcategories,
    csfNonSubcategories,
    sp80053,
    sp80053Withdrawn,
  };
}

/** Loads the standards tables under `<root>/content/standards`, once per root. Throws if a file is unreadable. */
export function loadStandards(options: { root?: string } = {}): TStandards {
  const root = path.resolve(options.root ?? /*turbopackIgnore: true*/ process.cwd());
  const cached = cache.get(root);
  if (cached) return cached;
  const standards = buildStandards(path.join(root, STANDARDS_DIR));
  cache.set(root, standards);
  return standards;
}
