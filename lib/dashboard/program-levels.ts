// Shaping of the per-program level rows the dashboard query returns (lib/dashboard/dashboard-sql.ts)
// into the heatmap, its pages and the level distribution. Pure and client-safe.
//
// Each row is a program with the stored layer scores of its chosen assessment (latest approved, or
// the one in progress), or none. Levels follow lib/scoring: a program's overall level is its lowest
// layer level; a layer whose practices are all not applicable scores level 4 (so it never pulls the
// overall level down) and is shown as "not applicable", not as a level.

export type LayerLevelRow = { layerId: string; level: number; score: number; notApplicable: boolean };

export type ProgramLevelRow = {
  programId: string;
  programName: string;
  assessment: { id: string; title: string; status: string; date: Date } | null;
  layers: LayerLevelRow[];
  // ISMS readiness items recorded IN_PLACE on the chosen assessment.
  ismsInPlace: string[];
};

export type HeatmapCell = { layerId: string; level: number | null; notApplicable: boolean };

export type HeatmapRow = {
  programId: string;
  programName: string;
  assessment: ProgramLevelRow["assessment"];
  overall: number | null;
  meanScore: number | null;
  cells: HeatmapCell[];
};

export function overallLevel(layers: readonly LayerLevelRow[]): number | null {
  return layers.length === 0 ? null : Math.min(...layers.map((l) => l.level));
}

function meanScore(layers: readonly LayerLevelRow[]): number | null {
  return layers.length === 0 ? null : layers.reduce((sum, l) => sum + l.score, 0) / layers.length;
}

// One row per program with one cell per shown layer (all layers, or the filtered one), weakest
// first: by the shown level (the overall level, or the filtered layer's), then mean score, then name.
// Programs with nothing to show go last; not-applicable cells sort as level 4, as they score.
export function heatmapRows(options: {
  rows: readonly ProgramLevelRow[];
  layerIds: readonly string[];
  layer?: string;
}): HeatmapRow[] {
  const shown = options.layer ? [options.layer] : options.layerIds;
  const rows = options.rows.map((row): HeatmapRow => {
    const byLayer = new Map(row.layers.map((l) => [l.layerId, l]));
    return {
      programId: row.programId,
      programName: row.programName,
      assessment: row.assessment,
      overall: overallLevel(row.layers),
      meanScore: meanScore(row.layers),
      cells: shown.map((layerId) => {
        const layer = byLayer.get(layerId);
        return { layerId, level: layer?.level ?? null, notApplicable: layer?.notApplicable ?? false };
      }),
    };
  });
  const key = (row: HeatmapRow) => (options.layer ? row.cells[0]!.level : row.overall);
  return rows.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka === null || kb === null) return ka === kb ? byName(a, b) : ka === null ? 1 : -1;
    return ka - kb || (a.meanScore ?? 0) - (b.meanScore ?? 0) || byName(a, b);
  });
}

// One collator for every comparison: localeCompare with a locale builds one per call.
const NAME_ORDER = new Intl.Collator("en");

function byName(a: HeatmapRow, b: HeatmapRow): number {
  return NAME_ORDER.compare(a.programName, b.programName) || (a.programId < b.programId ? -1 : a.programId > b.programId ? 1 : 0);
}

export type Page<T> = { items: T[]; page: number; pageCount: number; total: number; pageSize: number };

// A page past the end shows the last page, so an old bookmark still shows programs.
export function paginate<T>(items: readonly T[], options: { page: number; pageSize: number }): Page<T> {
  const pageCount = Math.max(1, Math.ceil(items.length / options.pageSize));
  const page = Math.min(Math.max(1, options.page), pageCount);
  const start = (page - 1) * options.pageSize;
  return { items: items.slice(start, start + options.pageSize), page, pageCount, total: items.length, pageSize: options.pageSize };
}

export type LevelDistribution = {
  // Programs at each level 0..4 (the overall level, or the filtered layer's level).
  levels: Array<{ level: number; programs: number }>;
  notApplicable: number;
  notAssessed: number;
};

export function levelDistribution(rows: readonly HeatmapRow[], options: { layer?: string }): LevelDistribution {
  const levels = [0, 1, 2, 3, 4].map((level) => ({ level, programs: 0 }));
  let notApplicable = 0;
  let notAssessed = 0;
  for (const row of rows) {
    const cell = options.layer ? row.cells[0] : undefined;
    const level = options.layer ? (cell?.level ?? null) : row.overall;
    if (level === null) notAssessed += 1;
    else if (cell?.notApplicable) notApplicable += 1;
    else levels[level]!.programs += 1;
  }
  return { levels, notApplicable, notAssessed };
}

type NamedProgram = { id: string; name: string };

// The program filter's options. A few programs are all listed; beyond that, listing every program
// (twice: in the HTML and in the React payload) made the page heavy, so the picker offers the
// programs on the shown heatmap page and the selected one, in the organisation's order.
export function programPickerOptions(options: {
  programs: readonly NamedProgram[];
  shown: readonly HeatmapRow[];
  selected?: string;
  limit: number;
}): { programs: NamedProgram[]; partial: boolean } {
  if (options.programs.length <= options.limit) return { programs: [...options.programs], partial: false };
  const offered = new Set(options.shown.map((row) => row.programId));
  if (options.selected) offered.add(options.selected);
  return { programs: options.programs.filter((p) => offered.has(p.id)), partial: true };
}
