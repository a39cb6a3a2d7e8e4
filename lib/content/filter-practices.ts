import { z } from "zod";
import { LAYER_IDS, LENSES, MAPPED_STANDARDS, type TPractice } from "./schema";

// The Model browser's filters, parsed from the URL. Unknown values are dropped and reported,
// so a mistyped or stale link still shows a page, with a note.
export const ZPracticeFilter = z.object({
  layer: z.enum(LAYER_IDS).optional(),
  level: z.coerce.number().int().min(1).max(4).optional(),
  lens: z.enum(LENSES).optional(),
  control: z.string().trim().min(1).max(40).optional(),
  q: z.string().trim().min(1).max(200).optional(),
});
export type TPracticeFilter = z.infer<typeof ZPracticeFilter>;

export function parsePracticeFilter(params: Record<string, string | string[] | undefined>): {
  filter: TPracticeFilter;
  ignored: string[];
} {
  const filter: Record<string, unknown> = {};
  const ignored: string[] = [];
  for (const key of Object.keys(ZPracticeFilter.shape) as Array<keyof TPracticeFilter>) {
    const raw = params[key];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value === undefined || value === "") continue;
    const parsed = ZPracticeFilter.shape[key].safeParse(value);
    if (parsed.success) filter[key] = parsed.data;
    else ignored.push(key);
  }
  return { filter: filter as TPracticeFilter, ignored };
}

// "AC-2" also finds its enhancements, such as "AC-2(1)"; ids compare without regard to case.
function matchesControl(practice: TPractice, control: string): boolean {
  const wanted = control.toUpperCase();
  return MAPPED_STANDARDS.some((standard) =>
    practice.mappings[standard].some((id) => {
      const upper = id.toUpperCase();
      return upper === wanted || upper.startsWith(`${wanted}(`);
    }),
  );
}

function matchesText(practice: TPractice, q: string): boolean {
  const needle = q.toLowerCase();
  return [practice.id, practice.title, practice.question, practice.guidance].some((text) => text.toLowerCase().includes(needle));
}

export function filterPractices(practices: readonly TPractice[], filter: TPracticeFilter): TPractice[] {
  return practices.filter(
    (p) =>
      (!filter.layer || p.layer === filter.layer) &&
      (!filter.level || p.level === filter.level) &&
      (!filter.lens || p.lens === filter.lens) &&
      (!filter.control || matchesControl(p, filter.control)) &&
      (!filter.q || matchesText(p, filter.q)),
  );
}
