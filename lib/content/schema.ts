import { z } from "zod";

// The content contract (content/README.md) as zod schemas. Client-safe: imports only zod.
// File schemas are strict so that a misspelt field is an error, not a silently missing value.

export const LAYER_IDS = ["network", "os-host", "data", "application", "identity", "apis", "monitoring"] as const;
export type TLayerId = (typeof LAYER_IDS)[number];

export const LAYER_CODES = {
  network: "NET",
  "os-host": "OSH",
  data: "DAT",
  application: "APP",
  identity: "IDN",
  apis: "API",
  monitoring: "MON",
} as const satisfies Record<TLayerId, string>;
export type TLayerCode = (typeof LAYER_CODES)[TLayerId];

export const ACTOR_IDS = [
  "platform-provider",
  "infra-provider",
  "application-teams",
  "operations-teams",
  "security-team",
  "program-owner",
  "solution-implementing-agency",
  "support-provider",
] as const;
export type TActorId = (typeof ACTOR_IDS)[number];

export const LEVELS = [1, 2, 3, 4] as const;
export const LENSES = ["governance", "engineering", "operations", "culture"] as const;
export const EFFORTS = ["S", "M", "L"] as const;
export const RACI_ROLES = ["R", "A", "C", "I"] as const;
export const ACTOR_SIDES = ["platform", "program"] as const;
export const MAPPED_STANDARDS = ["iso27001", "csf", "sp80053"] as const;
export type TMappedStandard = (typeof MAPPED_STANDARDS)[number];
export const MAPPED_STANDARD_LABELS = {
  iso27001: "ISO 27001",
  csf: "CSF 2.0",
  sp80053: "SP 800-53",
} as const satisfies Record<TMappedStandard, string>;

// `<CODE>-<level>.<n>`; n starts at 1 and has no leading zero so that ids sort and compare as written.
export const PRACTICE_ID_PATTERN = /^([A-Z]{3})-([1-4])\.([1-9]\d*)$/;
// Seed files are named `<nnn>_<16 hex>.txt` (shared/seeds).
export const SEED_FILE_PATTERN = /^\d{3}_[0-9a-f]{16}\.txt$/;

const ZText = z.string().trim().min(1);
const ZTextList = z.array(ZText);
const ZSlug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "expected a lowercase-kebab-case id" });
const ZSeedFile = z
  .string()
  .regex(SEED_FILE_PATTERN, { error: "expected a seed file name like 001_50ed43366b3af2c9.txt" });

export const ZLayerId = z.enum(LAYER_IDS, {
  error: (issue) => `unknown layer ${JSON.stringify(issue.input)}; expected one of ${LAYER_IDS.join(", ")}`,
});
export const ZActorId = z.enum(ACTOR_IDS, {
  error: (issue) => `unknown actor ${JSON.stringify(issue.input)}; expected one of ${ACTOR_IDS.join(", ")}`,
});
export const ZLevelNumber = z.literal(LEVELS, { error: "expected a level 1, 2, 3 or 4" });
export const ZLens = z.enum(LENSES);
export const ZEffort = z.enum(EFFORTS);
export const ZRaciRole = z.enum(RACI_ROLES);

export const ZManifest = z.strictObject({
  version: z.string().regex(/^\d{4}\.\d{1,2}\.\d+$/, { error: "expected a version like 2026.11.0" }),
  released: z.iso.date(),
  sources: z.record(ZSeedFile, ZText),
});

export const ZLevel = z.strictObject({
  level: ZLevelNumber,
  key: ZSlug,
  name: ZText,
  summary: ZText,
  characteristics: ZTextList.min(1),
});

export const ZLayer = z.strictObject({
  id: ZLayerId,
  code: z.enum(Object.values(LAYER_CODES)),
  name: ZText,
  order: z.int().min(1),
  description: ZText,
  considerations: ZTextList.min(1),
});

export const ZActor = z.strictObject({
  id: ZActorId,
  name: ZText,
  side: z.enum(ACTOR_SIDES),
  summary: ZText,
  duties: ZTextList.min(1),
  sources: z.array(ZSeedFile).default([]),
});

export const ZIsmsItem = z.strictObject({
  id: ZText,
  clause: ZText,
  title: ZText,
  question: ZText,
  guidance: ZText,
  evidence: ZTextList.min(1),
  mustHave: z.boolean(),
});

export const ZTeamRole = z.strictObject({
  id: ZSlug,
  name: ZText,
  // Any integer here: the range is a cross-file rule against levels.yaml, reported with the role's id.
  level: z.int(),
  summary: ZText,
  certifications: ZTextList.default([]),
});

export const ZMappings = z.strictObject({
  iso27001: ZTextList.default([]),
  csf: ZTextList.default([]),
  sp80053: ZTextList.default([]),
});

// RACI keys are checked against actors.yaml by the cross-file rules, which name the practice.
export const ZRaci = z.record(z.string(), ZRaciRole);

export const ZPracticeEntry = z.strictObject({
  id: z.string().regex(PRACTICE_ID_PATTERN, { error: "expected an id like NET-2.3 (<CODE>-<level>.<n>)" }),
  level: ZLevelNumber,
  title: ZText,
  question: ZText,
  guidance: ZText,
  evidence: ZTextList.min(1),
  lens: ZLens,
  effort: ZEffort,
  risk: z.int().min(1).max(5),
  raci: ZRaci,
  sources: z.array(ZSeedFile).default([]),
  mappings: ZMappings.prefault({}),
});

export const ZPracticeFile = z.strictObject({
  layer: ZLayerId,
  practices: z.array(ZPracticeEntry),
});

// A practice in the validated model knows its layer (in the files, the layer is the file's).
export const ZPractice = ZPracticeEntry.extend({
  layer: ZLayerId,
  raci: z.partialRecord(ZActorId, ZRaciRole),
});

// The whole validated model; also the shape of the snapshot an assessment pins.
export const ZContentModel = z.object({
  version: ZManifest.shape.version,
  released: ZManifest.shape.released,
  sources: ZManifest.shape.sources,
  levels: z.array(ZLevel),
  layers: z.array(ZLayer),
  actors: z.array(ZActor),
  isms: z.array(ZIsmsItem),
  teamRoles: z.array(ZTeamRole),
  practices: z.array(ZPractice),
});

export type TManifest = z.infer<typeof ZManifest>;
export type TLevelNumber = z.infer<typeof ZLevelNumber>;
export type TLens = z.infer<typeof ZLens>;
export type TEffort = z.infer<typeof ZEffort>;
export type TRaciRole = z.infer<typeof ZRaciRole>;
export type TLevel = z.infer<typeof ZLevel>;
export type TLayer = z.infer<typeof ZLayer>;
export type TActor = z.infer<typeof ZActor>;
export type TIsmsItem = z.infer<typeof ZIsmsItem>;
export type TTeamRole = z.infer<typeof ZTeamRole>;
export type TMappings = z.infer<typeof ZMappings>;
export type TPracticeEntry = z.infer<typeof ZPracticeEntry>;
export type TPracticeFile = z.infer<typeof ZPracticeFile>;
export type TPractice = z.infer<typeof ZPractice>;
export type TContentModel = z.infer<typeof ZContentModel>;
