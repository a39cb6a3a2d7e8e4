// Trend of levels over time, shaped from the monthly aggregates of lib/dashboard/dashboard-sql.ts.
// Each month shows, over the programs that had an approved assessment by the end of that month,
// the mean of their then-latest approved levels: overall (each program's lowest layer) and per
// layer. Pure and client-safe.

export type TrendAggregate = { month: string; layerId: string | null; meanLevel: number; programs: number };

export type TrendPoint = {
  month: string;
  // Programs counted in the month (those with an approved assessment by then).
  programs: number;
  overall: number | null;
  layers: Record<string, number | null>;
};

// "YYYY-MM" months from `from` to `to`, both included.
export function monthRange(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split("-").map(Number) as [number, number];
  const [endYear, endMonth] = to.split("-").map(Number) as [number, number];
  while (year < endYear || (year === endYear && month <= endMonth)) {
    months.push(`${year}-${String(month).padStart(2, "0")}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

export function monthOf(date: Date): string {
  return date.toISOString().slice(0, 7);
}

// The first month of a period of `months` months ending with `now`'s month.
export function periodStart(now: Date, months: number): string {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (months - 1), 1));
  return monthOf(start);
}

const round = (value: number) => Math.round(value * 100) / 100;

// One point per month from `from` (or the first month with data) to `to`; months before any
// approval have no levels (null), so a line starts where the data does.
export function trendPoints(options: {
  aggregates: readonly TrendAggregate[];
  layerIds: readonly string[];
  from: string | null;
  to: string;
}): TrendPoint[] {
  const first = options.from ?? options.aggregates.map((a) => a.month).sort()[0];
  if (!first) return [];
  const points = new Map(
    monthRange(first, options.to).map((month) => [
      month,
      { month, programs: 0, overall: null, layers: Object.fromEntries(options.layerIds.map((id) => [id, null])) } as TrendPoint,
    ]),
  );
  for (const aggregate of options.aggregates) {
    const point = points.get(aggregate.month);
    if (!point) continue;
    if (aggregate.layerId === null) {
      point.overall = round(aggregate.meanLevel);
      point.programs = aggregate.programs;
    } else if (aggregate.layerId in point.layers) {
      point.layers[aggregate.layerId] = round(aggregate.meanLevel);
    }
  }
  return [...points.values()];
}
