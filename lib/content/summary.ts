import {
  LEVELS,
  MAPPED_STANDARD_LABELS,
  MAPPED_STANDARDS,
  type TContentModel,
  type TLayerId,
  type TLevelNumber,
  type TMappedStandard,
} from "@/lib/content/schema";

// ISO/IEC 27001:2022 Annex A has exactly 93 controls; the number is fixed by that edition.
export const ISO_ANNEX_A_CONTROL_COUNT = 93;

export type TContentSummary = {
  version: string;
  practices: number;
  grid: { layer: TLayerId; name: string; counts: Record<TLevelNumber, number>; total: number }[];
  coverage: {
    standard: TMappedStandard;
    label: string;
    /** Practices with at least one id of this standard. */
    practicesMapped: number;
    distinctIds: number;
    /** ISO only: Annex A controls mapped by at least one practice, out of `of`. */
    annexA?: { mapped: number; of: number };
  }[];
  citations: { seed: string; title: string; practices: number }[];
};

function coverageOf(model: TContentModel, standard: TMappedStandard): TContentSummary["coverage"][number] {
  const mapped = model.practices.filter((practice) => practice.mappings[standard].length > 0);
  const ids = new Set(mapped.flatMap((practice) => practice.mappings[standard]));
  const base = {
    standard,
    label: MAPPED_STANDARD_LABELS[standard],
    practicesMapped: mapped.length,
    distinctIds: ids.size,
  };
  if (standard !== "iso27001") return base;
  const annexA = [...ids].filter((id) => id.startsWith("A.")).length;
  return { ...base, annexA: { mapped: annexA, of: ISO_ANNEX_A_CONTROL_COUNT } };
}

/** Counts for authors and CI: practices per layer x level, mapping coverage, and citations per seed. */
export function contentSummary(model: TContentModel): TContentSummary {
  const grid = model.layers.map((layer) => {
    const ofLayer = model.practices.filter((practice) => practice.layer === layer.id);
    const counts = { 1: 0, 2: 0, 3: 0, 4: 0 } satisfies Record<TLevelNumber, number>;
    for (const level of LEVELS) counts[level] = ofLayer.filter((practice) => practice.level === level).length;
    return { layer: layer.id, name: layer.name, counts, total: ofLayer.length };
  });
  const citations = Object.entries(model.sources).map(([seed, title]) => ({
    seed,
    title,
    practices: model.practices.filter((practice) => practice.sources.includes(seed)).length,
  }));
  return {
    version: model.version,
    practices: model.practices.length,
    grid,
    coverage: MAPPED_STANDARDS.map((standard) => coverageOf(model, standard)),
    citations,
  };
}
