import { checkMappings } from "@/lib/content/check-mappings";
import type { TParsedContent, TParsedPracticeFile } from "@/lib/content/parse-content";
import type { TContentProblem } from "@/lib/content/problem";
import { CONTENT_FILES, PRACTICES_DIR } from "@/lib/content/read-content";
import {
  ACTOR_IDS,
  LAYER_CODES,
  LAYER_IDS,
  LEVELS,
  PRACTICE_ID_PATTERN,
  type TLayerId,
  type TPracticeEntry,
} from "@/lib/content/schema";
import type { TStandards } from "@/lib/content/standards";

// DESIGN §2: every layer x level cell needs enough questions to score that level meaningfully.
export const MIN_PRACTICES_PER_CELL = 3;

type TContext = {
  known: { actors: ReadonlySet<string>; seeds?: ReadonlySet<string> };
  standards: TStandards;
};

function practiceFileFor(layer: TLayerId): string {
  return `${PRACTICES_DIR}/${layer}.yaml`;
}

function checkId(practice: TPracticeEntry, layer: TLayerId): string[] {
  const [, code, level] = PRACTICE_ID_PATTERN.exec(practice.id) ?? [];
  const messages: string[] = [];
  const expected = LAYER_CODES[layer];
  if (code !== expected) {
    messages.push(`id ${practice.id} does not match layer ${layer}; its ids start with ${expected}-`);
  }
  if (Number(level) !== practice.level) {
    messages.push(`id ${practice.id} does not match its level ${practice.level}`);
  }
  return messages;
}

function checkRaci(practice: TPracticeEntry, knownActors: ReadonlySet<string>): string[] {
  const entries = Object.entries(practice.raci);
  const messages = entries
    .filter(([actor]) => !knownActors.has(actor))
    .map(([actor]) => `RACI names unknown actor "${actor}"; actors are the ids in actors.yaml`);
  const accountable = entries.filter(([, role]) => role === "A").map(([actor]) => actor);
  if (accountable.length === 0) messages.push("RACI has no A; exactly one actor must be Accountable");
  if (accountable.length > 1) {
    messages.push(
      `RACI has ${accountable.length} As (${accountable.join(", ")}); exactly one actor must be Accountable`,
    );
  }
  if (!entries.some(([, role]) => role === "R")) {
    messages.push("RACI has no R; at least one actor must be Responsible");
  }
  return messages;
}

function checkPractice(practice: TPracticeEntry, layer: TLayerId, context: TContext): string[] {
  const { seeds } = context.known;
  return [
    ...checkId(practice, layer),
    ...checkRaci(practice, context.known.actors),
    ...practice.sources
      .filter((source) => seeds && !seeds.has(source))
      .map((source) => `source ${source} is not a seed listed in manifest.yaml sources`),
    ...checkMappings({ mappings: practice.mappings, standards: context.standards }),
  ];
}

function checkFiles(files: readonly TParsedPracticeFile[], context: TContext): TContentProblem[] {
  const problems: TContentProblem[] = [];
  const firstFileOfId = new Map<string, string>();
  for (const { file, layer, practices } of files) {
    if (file !== practiceFileFor(layer)) {
      problems.push({ file, message: `practices of layer ${layer} belong in ${practiceFileFor(layer)}` });
    }
    for (const practice of practices) {
      const first = firstFileOfId.get(practice.id);
      const duplicate = first ? [`duplicate practice id ${practice.id} (first defined in ${first})`] : [];
      if (!first) firstFileOfId.set(practice.id, file);
      for (const message of [...duplicate, ...checkPractice(practice, layer, context)]) {
        problems.push({ file, practiceId: practice.id, message });
      }
    }
  }
  return problems;
}

// Counts are only trustworthy for layers whose files parsed completely; the parse problems say why.
function checkCells(files: readonly TParsedPracticeFile[]): TContentProblem[] {
  const problems: TContentProblem[] = [];
  for (const layer of LAYER_IDS) {
    const ofLayer = files.filter((file) => file.layer === layer);
    if (ofLayer.some((file) => !file.complete)) continue;
    if (ofLayer.length === 0) {
      problems.push({ file: practiceFileFor(layer), message: `file is missing; layer ${layer} has no practices` });
      continue;
    }
    for (const level of LEVELS) {
      const count = ofLayer.flatMap((file) => file.practices).filter((practice) => practice.level === level).length;
      if (count >= MIN_PRACTICES_PER_CELL) continue;
      const noun = count === 1 ? "practice" : "practices";
      problems.push({
        file: practiceFileFor(layer),
        message: `${layer} level ${level} has ${count} ${noun}; at least ${MIN_PRACTICES_PER_CELL} are required`,
      });
    }
  }
  return problems;
}

function checkSeedsCited(files: readonly TParsedPracticeFile[], seeds: ReadonlySet<string>): TContentProblem[] {
  const cited = new Set(files.flatMap((file) => file.practices.flatMap((practice) => practice.sources)));
  return [...seeds]
    .filter((seed) => !cited.has(seed))
    .map((seed) => ({ file: CONTENT_FILES.manifest, message: `seed ${seed} is never cited by any practice` }));
}

/** Rules over the practice files: ids, RACI, sources, mappings, cell sizes and seed citations. */
export function validatePractices(options: { content: TParsedContent; standards: TStandards }): TContentProblem[] {
  const { content, standards } = options;
  const seeds = content.manifest ? new Set(Object.keys(content.manifest.data.sources)) : undefined;
  // Without a valid actors.yaml, fall back to the fixed actor ids rather than flag every RACI entry.
  const actors = new Set<string>(content.actors?.data.map((actor) => actor.id) ?? ACTOR_IDS);
  const files = content.practiceFiles;
  const problems = checkFiles(files, { known: { actors, seeds }, standards });
  if (!content.practicesComplete) return problems;
  problems.push(...checkCells(files));
  if (seeds && files.every((file) => file.complete)) problems.push(...checkSeedsCited(files, seeds));
  return problems;
}
