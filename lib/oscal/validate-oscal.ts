import { readFileSync } from "node:fs";
import path from "node:path";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";

// Validation against NIST's OSCAL 1.0.6 JSON schemas (content/standards/oscal/, unmodified; see
// content/standards/SOURCES.md), so an export can refuse to emit a document a GRC tool would reject.
//
// Schema notes:
// - Draft-07, which is Ajv's default draft; the schemas compile in strict mode as they are.
// - Token and other datatypes use Unicode property escapes (`\p{L}`, `\p{N}`), which need the `u`
//   regex flag: `unicodeRegExp` (Ajv's default) must stay on, or `\p{L}` would mean a literal "p{L}".
// - `date-time`, `uri`, `uri-reference` and `email` are formats: without ajv-formats, strict mode
//   refuses the unknown formats (and non-strict Ajv would ignore them).
// - Sub-schemas are found by plain-name `$id`s (`#assembly_oscal-ar_result`), which draft-07 allows
//   and Ajv resolves; the two schemas have distinct root `$id`s but each gets its own Ajv instance.
// - Enumerated values are mostly `anyOf: [Token, enum]`, so the enums are advisory (any token passes),
//   and a wrong value yields several errors (one per branch): they are de-duplicated below.

export const OSCAL_SCHEMA_DIR = path.join("content", "standards", "oscal");

export const OSCAL_SCHEMA_FILES = {
  "assessment-results": "oscal_assessment-results_schema.json",
  poam: "oscal_poam_schema.json",
} as const;

export type OscalModel = keyof typeof OSCAL_SCHEMA_FILES;

export type OscalValidationResult = { valid: true; errors: [] } | { valid: false; errors: string[] };

export class OscalValidationError extends Error {
  readonly model: OscalModel;
  readonly errors: string[];
  constructor(options: { model: OscalModel; errors: string[] }) {
    super(`invalid OSCAL ${options.model} document:\n${options.errors.map((e) => `  ${e}`).join("\n")}`);
    this.name = "OscalValidationError";
    this.model = options.model;
    this.errors = options.errors;
  }
}

// ajv-formats is CommonJS with `exports.default`; depending on the loader the default import is the
// plugin itself or the module object.
type FormatsPlugin = (ajv: Ajv) => Ajv;
const addFormats: FormatsPlugin =
  (addFormatsModule as unknown as { default?: FormatsPlugin }).default ??
  (addFormatsModule as unknown as FormatsPlugin);

const MAX_ERRORS = 25;

type CompiledSchema = {
  validate: ValidateFunction;
  // Datatype names by their regex, to name the datatype in messages: Ajv inlines a `$ref` to a
  // datatype, so an error's schemaPath often names the referring field, not the datatype.
  datatypes: ReadonlyMap<string, string>;
};
const compiled = new Map<OscalModel, CompiledSchema>();

function schemaFor(model: OscalModel): CompiledSchema {
  const cached = compiled.get(model);
  if (cached) return cached;
  const schema = JSON.parse(readFileSync(path.join(OSCAL_SCHEMA_DIR, OSCAL_SCHEMA_FILES[model]), "utf8")) as {
    definitions?: Record<string, { pattern?: unknown }>;
  };
  // allErrors: report every problem at once; verbose: keep the offending value for the messages.
  const ajv = new Ajv({ strict: true, allErrors: true, verbose: true, unicodeRegExp: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  const datatypes = new Map<string, string>();
  for (const [name, definition] of Object.entries(schema.definitions ?? {})) {
    if (name.endsWith("Datatype") && typeof definition.pattern === "string") datatypes.set(definition.pattern, name);
  }
  const entry = { validate, datatypes };
  compiled.set(model, entry);
  return entry;
}

// Compiling takes a few hundred milliseconds per schema; call this at start-up to pay it early.
export function preloadOscalSchemas(): void {
  for (const model of Object.keys(OSCAL_SCHEMA_FILES) as OscalModel[]) schemaFor(model);
}

export function validateOscal(model: OscalModel, document: unknown): OscalValidationResult {
  const { validate, datatypes } = schemaFor(model);
  if (validate(document)) return { valid: true, errors: [] };
  return { valid: false, errors: readableErrors(validate.errors ?? [], datatypes) };
}

// Throws OscalValidationError (a bug in the builder or its input, never the user's fault).
export function assertValidOscal(model: OscalModel, document: unknown): void {
  const result = validateOscal(model, document);
  if (!result.valid) throw new OscalValidationError({ model, errors: result.errors });
}

function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

// "/assessment-results/results/0/uuid: must be a UUIDDatatype (got "123")", one line per problem.
export function readableErrors(
  errors: readonly ErrorObject[],
  datatypes: ReadonlyMap<string, string> = new Map(),
): string[] {
  // An anyOf failure is reported by each branch and then by anyOf itself; the branches say more.
  const branchPaths = new Set(errors.filter((e) => e.keyword !== "anyOf").map((e) => e.instancePath));
  const lines = errors.flatMap((e): string[] => {
    if (e.keyword === "anyOf" && branchPaths.has(e.instancePath)) return [];
    const where = e.instancePath || "(document)";
    const pattern = (e.parentSchema as { pattern?: unknown } | undefined)?.pattern;
    const datatype =
      (typeof pattern === "string" ? datatypes.get(pattern) : undefined) ??
      /\/definitions\/(\w+Datatype)\//.exec(e.schemaPath)?.[1];
    switch (e.keyword) {
      case "pattern":
      case "format":
        return [`${where}: must be a valid ${datatype ?? e.params.format ?? "value"} (got ${preview(e.data)})`];
      case "additionalProperties":
        return [`${where}: unknown property "${String(e.params.additionalProperty)}"`];
      case "required":
        return [`${where}: missing required property "${String(e.params.missingProperty)}"`];
      case "enum":
        return [
          `${where}: must be one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")} (got ${preview(e.data)})`,
        ];
      default:
        return [`${where}: ${e.message ?? e.keyword}`];
    }
  });
  const unique = [...new Set(lines)];
  return unique.length > MAX_ERRORS
    ? [...unique.slice(0, MAX_ERRORS), `... and ${unique.length - MAX_ERRORS} more`]
    : unique;
}
