import { z } from "zod";
import type { TContentProblem } from "@/lib/content/problem";
import { PRACTICES_DIR, type TRawContent, type TRawDocument } from "@/lib/content/read-content";
import {
  ZActor,
  ZIsmsItem,
  ZLayer,
  ZLevel,
  ZManifest,
  ZPracticeEntry,
  ZPracticeFile,
  ZTeamRole,
  type TActor,
  type TIsmsItem,
  type TLayer,
  type TLayerId,
  type TLevel,
  type TManifest,
  type TPracticeEntry,
  type TTeamRole,
} from "@/lib/content/schema";

export type TSourced<T> = { file: string; data: T };

export type TParsedPracticeFile = {
  file: string;
  layer: TLayerId;
  practices: TPracticeEntry[];
  /** False when some entries failed the schema: counts over this file would be misleading. */
  complete: boolean;
};

// Each section is present only if its file parsed; cross-file rules skip what they cannot see.
export type TParsedContent = {
  manifest?: TSourced<TManifest>;
  levels?: TSourced<TLevel[]>;
  layers?: TSourced<TLayer[]>;
  actors?: TSourced<TActor[]>;
  isms?: TSourced<TIsmsItem[]>;
  teamRoles?: TSourced<TTeamRole[]>;
  practiceFiles: TParsedPracticeFile[];
  /** False when a practice file was unreadable or had no valid `layer`. */
  practicesComplete: boolean;
};

type TPath = readonly PropertyKey[];

function formatIssuePath(issuePath: TPath): string {
  return issuePath
    .map((segment, index) => {
      if (typeof segment === "number") return `[${segment}]`;
      const key = String(segment);
      if (/^[A-Za-z_$][\w$-]*$/.test(key)) return index === 0 ? key : `.${key}`;
      return `[${JSON.stringify(key)}]`;
    })
    .join("");
}

function issuesToProblems(options: {
  file: string;
  error: z.ZodError;
  prefix?: TPath;
  practiceId?: string;
}): TContentProblem[] {
  return options.error.issues.map((issue) => {
    const where = formatIssuePath([...(options.prefix ?? []), ...issue.path]);
    const message = where ? `${where}: ${issue.message}` : issue.message;
    return { file: options.file, ...(options.practiceId ? { practiceId: options.practiceId } : {}), message };
  });
}

// Lists may be written bare or under one key (`levels: [...]`); the contract fixes the items, not the wrapper.
function unwrapList(data: unknown): { value: unknown; prefix: TPath } {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return { value: data, prefix: [] };
  const entries = Object.entries(data);
  const only = entries[0];
  if (entries.length === 1 && only && Array.isArray(only[1])) return { value: only[1], prefix: [only[0]] };
  return { value: data, prefix: [] };
}

function parseDocument<T>(options: {
  doc: TRawDocument | undefined;
  schema: z.ZodType<T>;
  problems: TContentProblem[];
  list?: boolean;
}): TSourced<T> | undefined {
  const { doc } = options;
  if (!doc) return undefined;
  const { value, prefix } = options.list ? unwrapList(doc.data) : { value: doc.data, prefix: [] };
  const result = options.schema.safeParse(value);
  if (result.success) return { file: doc.file, data: result.data };
  options.problems.push(...issuesToProblems({ file: doc.file, error: result.error, prefix }));
  return undefined;
}

const ZPracticeFileShell = ZPracticeFile.extend({ practices: z.array(z.unknown()) });

function idOf(entry: unknown): string | undefined {
  if (entry === null || typeof entry !== "object" || !("id" in entry)) return undefined;
  return typeof entry.id === "string" ? entry.id : undefined;
}

// Entries are parsed one by one so that one bad field does not hide the rest of the layer from the checks.
function parsePracticeFile(doc: TRawDocument, problems: TContentProblem[]): TParsedPracticeFile | undefined {
  const shell = ZPracticeFileShell.safeParse(doc.data);
  if (!shell.success) {
    problems.push(...issuesToProblems({ file: doc.file, error: shell.error }));
    return undefined;
  }
  const practices: TPracticeEntry[] = [];
  shell.data.practices.forEach((entry, index) => {
    const result = ZPracticeEntry.safeParse(entry);
    if (result.success) {
      practices.push(result.data);
      return;
    }
    const practiceId = idOf(entry);
    problems.push(
      ...issuesToProblems({ file: doc.file, error: result.error, prefix: ["practices", index], practiceId }),
    );
  });
  const complete = practices.length === shell.data.practices.length;
  return { file: doc.file, layer: shell.data.layer, practices, complete };
}

/** Applies the zod schemas to every raw document; returns what parsed and a problem per zod issue. */
export function parseContent(raw: TRawContent): { content: TParsedContent; problems: TContentProblem[] } {
  const problems: TContentProblem[] = [];
  const { files } = raw;
  const practiceFiles = raw.practiceFiles
    .map((doc) => parsePracticeFile(doc, problems))
    .filter((parsed) => parsed !== undefined);
  const content: TParsedContent = {
    manifest: parseDocument({ doc: files.manifest, schema: ZManifest, problems }),
    levels: parseDocument({ doc: files.levels, schema: z.array(ZLevel), problems, list: true }),
    layers: parseDocument({ doc: files.layers, schema: z.array(ZLayer), problems, list: true }),
    actors: parseDocument({ doc: files.actors, schema: z.array(ZActor), problems, list: true }),
    isms: parseDocument({ doc: files.isms, schema: z.array(ZIsmsItem), problems, list: true }),
    teamRoles: parseDocument({ doc: files.teamRoles, schema: z.array(ZTeamRole), problems, list: true }),
    practiceFiles,
    practicesComplete:
      raw.practiceFiles.length > 0 &&
      practiceFiles.length === raw.practiceFiles.length &&
      !raw.problems.some((problem) => problem.file.startsWith(`${PRACTICES_DIR}/`)),
  };
  return { content, problems };
}
