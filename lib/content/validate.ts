import { duplicates } from "@/lib/content/duplicates";
import type { TParsedContent } from "@/lib/content/parse-content";
import type { TContentProblem } from "@/lib/content/problem";
import { ACTOR_IDS, LAYER_CODES, LAYER_IDS, LEVELS } from "@/lib/content/schema";
import type { TStandards } from "@/lib/content/standards";
import { validatePractices } from "@/lib/content/validate-practices";

// Cross-file rules (content/README.md). They run on whatever parsed and never throw; a rule whose input
// file is missing or invalid is skipped, because that file already has its own problems listed.

// DESIGN §2: the ISMS readiness items walk ISO/IEC 27001 clauses 4 to 10.
const ISMS_CLAUSES = ["4", "5", "6", "7", "8", "9", "10"] as const;

type TSection<K extends "levels" | "layers" | "actors" | "isms" | "teamRoles"> = NonNullable<TParsedContent[K]>;

function duplicateMessages<T>(options: { items: readonly T[]; key: (item: T) => string | number; label: string }) {
  return duplicates(options.items.map(options.key)).map((value) => `duplicate ${options.label} ${value}`);
}

function missingMessages<T>(options: { required: readonly T[]; present: readonly T[]; label: string }) {
  return options.required
    .filter((value) => !options.present.includes(value))
    .map((value) => `${options.label} ${String(value)} is missing`);
}

function levelRules({ data }: TSection<"levels">): string[] {
  return [
    ...duplicateMessages({ items: data, key: (level) => level.level, label: "level" }),
    ...duplicateMessages({ items: data, key: (level) => level.key, label: "level key" }),
    ...missingMessages({ required: LEVELS, present: data.map((level) => level.level), label: "level" }),
  ];
}

function layerRules({ data }: TSection<"layers">): string[] {
  return [
    ...duplicateMessages({ items: data, key: (layer) => layer.id, label: "layer id" }),
    ...duplicateMessages({ items: data, key: (layer) => layer.code, label: "layer code" }),
    ...duplicateMessages({ items: data, key: (layer) => layer.order, label: "layer order" }),
    ...data
      .filter((layer) => layer.code !== LAYER_CODES[layer.id])
      .map((layer) => `layer ${layer.id} has code ${layer.code}; its code is ${LAYER_CODES[layer.id]}`),
    ...missingMessages({ required: LAYER_IDS, present: data.map((layer) => layer.id), label: "layer" }),
  ];
}

function actorRules({ data }: TSection<"actors">, seeds: ReadonlySet<string> | undefined): string[] {
  return [
    ...duplicateMessages({ items: data, key: (actor) => actor.id, label: "actor id" }),
    ...missingMessages({ required: ACTOR_IDS, present: data.map((actor) => actor.id), label: "actor" }),
    ...data.flatMap((actor) =>
      actor.sources
        .filter((source) => seeds && !seeds.has(source))
        .map((source) => `actor ${actor.id}: source ${source} is not a seed listed in manifest.yaml sources`),
    ),
  ];
}

function ismsRules({ data }: TSection<"isms">, standards: TStandards): string[] {
  const covers = (top: string) => data.some((item) => item.clause === top || item.clause.startsWith(`${top}.`));
  return [
    ...duplicateMessages({ items: data, key: (item) => item.id, label: "ISMS item id" }),
    ...data
      .filter((item) => !standards.isoClauses.has(item.clause))
      .map((item) => `item ${item.id}: clause ${item.clause} is not an ISO/IEC 27001:2022 clause`),
    ...ISMS_CLAUSES.filter((top) => !covers(top)).map(
      (top) => `no item covers clause ${top} (${standards.isoClauses.get(top) ?? "ISO/IEC 27001:2022"})`,
    ),
  ];
}

function teamRoleRules({ data }: TSection<"teamRoles">): string[] {
  const levels: readonly number[] = LEVELS;
  return [
    ...duplicateMessages({ items: data, key: (role) => role.id, label: "team role id" }),
    ...data
      .filter((role) => !levels.includes(role.level))
      .map((role) => `team role ${role.id} has level ${role.level}; levels are ${LEVELS.join(", ")}`),
    ...levels
      .filter((level) => !data.some((role) => role.level === level))
      .map((level) => `no team role for level ${level}`),
  ];
}

/** Every cross-file problem in the parsed content, in file order. */
export function validateContent(options: { content: TParsedContent; standards: TStandards }): TContentProblem[] {
  const { content, standards } = options;
  const seeds = content.manifest ? new Set(Object.keys(content.manifest.data.sources)) : undefined;
  const problems: TContentProblem[] = [];
  const report = (file: string, messages: readonly string[]) => {
    problems.push(...messages.map((message) => ({ file, message })));
  };
  if (content.levels) report(content.levels.file, levelRules(content.levels));
  if (content.layers) report(content.layers.file, layerRules(content.layers));
  if (content.actors) report(content.actors.file, actorRules(content.actors, seeds));
  if (content.isms) report(content.isms.file, ismsRules(content.isms, standards));
  if (content.teamRoles) report(content.teamRoles.file, teamRoleRules(content.teamRoles));
  return [...problems, ...validatePractices({ content, standards })];
}
