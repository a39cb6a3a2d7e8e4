import path from "node:path";
import { buildContentModel } from "@/lib/content/build-model";
import { parseContent } from "@/lib/content/parse-content";
import { formatProblem, type TContentProblem } from "@/lib/content/problem";
import { readContent } from "@/lib/content/read-content";
import type { TContentModel } from "@/lib/content/schema";
import { loadStandards, STANDARDS_DIR, type TStandards } from "@/lib/content/standards";
import { validateContent } from "@/lib/content/validate";

// Plain node (no 'server-only'): scripts/content-check.ts and the Prisma seed load content too.

// Re-exported so that callers of the loader get the summary from the same module (it is pure and lives
// in its own file so client code can use it without pulling in node:fs).
export { contentSummary } from "@/lib/content/summary";

export type TLoadContentResult = { ok: true; model: TContentModel } | { ok: false; problems: TContentProblem[] };

export class ContentError extends Error {
  readonly problems: readonly TContentProblem[];

  constructor(problems: readonly TContentProblem[]) {
    const lines = problems.map((problem) => `  ${formatProblem(problem)}`);
    super(`content/ has ${problems.length} problem(s); run npm run content:check\n${lines.join("\n")}`);
    this.name = "ContentError";
    this.problems = problems;
  }
}

function tryLoadStandards(root: string): { standards?: TStandards; problems: TContentProblem[] } {
  try {
    return { standards: loadStandards({ root }), problems: [] };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { problems: [{ file: STANDARDS_DIR, message: `cannot load the standards data: ${reason}` }] };
  }
}

/** Reads, parses and validates `<root>/content`. Never throws: every finding is in `problems`. */
export function loadContentModel(options: { root?: string } = {}): TLoadContentResult {
  const root = path.resolve(options.root ?? /*turbopackIgnore: true*/ process.cwd());
  const raw = readContent({ root });
  const parsed = parseContent(raw);
  const standards = tryLoadStandards(root);
  const problems = [...raw.problems, ...parsed.problems, ...standards.problems];
  if (standards.standards) {
    problems.push(...validateContent({ content: parsed.content, standards: standards.standards }));
  }
  const model = problems.length === 0 ? buildContentModel(parsed.content) : undefined;
  if (model) return { ok: true, model };
  if (problems.length === 0) problems.push({ file: "content", message: "content is incomplete" });
  return { ok: false, problems };
}

const models = new Map<string, TContentModel>();

/** The validated model for the app, loaded once per root. Throws ContentError listing every problem. */
export function getContentModel(options: { root?: string } = {}): TContentModel {
  const root = path.resolve(options.root ?? /*turbopackIgnore: true*/ process.cwd());
  const cached = models.get(root);
  if (cached) return cached;
  const result = loadContentModel({ root });
  if (!result.ok) throw new ContentError(result.problems);
  models.set(root, result.model);
  return result.model;
}
