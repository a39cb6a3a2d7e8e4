import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseDocument } from "yaml";
import type { TContentProblem } from "@/lib/content/problem";

// The fixed files of content/ (content/README.md); practices/*.yaml are listed from the folder.
export const CONTENT_FILES = {
  manifest: "content/manifest.yaml",
  levels: "content/levels.yaml",
  layers: "content/layers.yaml",
  actors: "content/actors.yaml",
  isms: "content/isms.yaml",
  teamRoles: "content/team-roles.yaml",
} as const;
export type TContentFileKey = keyof typeof CONTENT_FILES;

export const PRACTICES_DIR = "content/practices";

export type TRawDocument = { file: string; data: unknown };

export type TRawContent = {
  files: Partial<Record<TContentFileKey, TRawDocument>>;
  practiceFiles: TRawDocument[];
  problems: TContentProblem[];
};

function readYaml(root: string, file: string): { doc?: TRawDocument; problems: TContentProblem[] } {
  const absolute = path.join(root, file);
  if (!existsSync(absolute)) return { problems: [{ file, message: "file is missing" }] };
  let text: string;
  try {
    text = readFileSync(absolute, "utf8");
  } catch (error) {
    return { problems: [{ file, message: `cannot read: ${error instanceof Error ? error.message : String(error)}` }] };
  }
  // uniqueKeys (the default) makes a repeated key an error instead of a silent overwrite.
  const document = parseDocument(text, { prettyErrors: true });
  if (document.errors.length > 0) {
    // First line only ("... at line 4, column 1"): the code excerpt that follows breaks tabular output.
    const firstLine = (message: string) => (message.split("\n")[0] ?? message).replace(/:$/, "");
    const problems = document.errors.map((error) => ({ file, message: `invalid YAML: ${firstLine(error.message)}` }));
    return { problems };
  }
  return { doc: { file, data: document.toJS() }, problems: [] };
}

function listPracticeFiles(root: string): string[] {
  const dir = path.join(root, PRACTICES_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".yaml"))
    .sort()
    .map((name) => path.posix.join(PRACTICES_DIR, name));
}

/** Reads every content YAML file under `<root>/content`; missing files and YAML syntax errors become problems. */
export function readContent(options: { root: string }): TRawContent {
  const files: TRawContent["files"] = {};
  const problems: TContentProblem[] = [];
  for (const [key, file] of Object.entries(CONTENT_FILES) as [TContentFileKey, string][]) {
    const result = readYaml(options.root, file);
    problems.push(...result.problems);
    if (result.doc) files[key] = result.doc;
  }

  const practiceFiles: TRawDocument[] = [];
  const names = listPracticeFiles(options.root);
  if (names.length === 0) problems.push({ file: PRACTICES_DIR, message: "no practice files (*.yaml) found" });
  for (const file of names) {
    const result = readYaml(options.root, file);
    problems.push(...result.problems);
    if (result.doc) practiceFiles.push(result.doc);
  }
  return { files, practiceFiles, problems };
}
