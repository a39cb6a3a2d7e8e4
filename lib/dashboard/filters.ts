import { z } from "zod";
import { LAYER_IDS } from "@/lib/content/schema";

// The dashboards' filters, kept in the URL so a view can be bookmarked and shared. Client-safe.
// `status` picks which assessment of each program the levels come from: its latest approved one,
// or the one in progress (draft or in review). `period` is how far back the trends reach.
export const DASHBOARD_BASES = ["approved", "in-progress"] as const;
export const DASHBOARD_PERIODS = ["6m", "12m", "24m", "all"] as const;
export const PERIOD_MONTHS: Readonly<Record<(typeof DASHBOARD_PERIODS)[number], number | null>> = {
  "6m": 6,
  "12m": 12,
  "24m": 24,
  all: null,
};

export const ZDashboardFilters = z.object({
  program: z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/).optional(),
  layer: z.enum(LAYER_IDS).optional(),
  status: z.enum(DASHBOARD_BASES).default("approved"),
  period: z.enum(DASHBOARD_PERIODS).default("12m"),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type TDashboardFilters = z.infer<typeof ZDashboardFilters>;
const DEFAULT_FILTERS: TDashboardFilters = ZDashboardFilters.parse({});
export type TDashboardFilterKey = keyof TDashboardFilters;

// A mistyped or stale value is dropped (its default applies) and reported, so the page still
// renders and says what it ignored. Repeated parameters take the first value.
export function parseDashboardFilters(params: Record<string, string | string[] | undefined>): {
  filters: TDashboardFilters;
  ignored: TDashboardFilterKey[];
} {
  const raw: Partial<Record<TDashboardFilterKey, unknown>> = {};
  const ignored: TDashboardFilterKey[] = [];
  for (const key of Object.keys(ZDashboardFilters.shape) as TDashboardFilterKey[]) {
    const given = params[key];
    const value = Array.isArray(given) ? given[0] : given;
    if (value === undefined || value === "") continue;
    const parsed = ZDashboardFilters.shape[key].safeParse(value);
    if (parsed.success) raw[key] = parsed.data;
    else ignored.push(key);
  }
  // Each value passed its own field's schema above.
  return { filters: { ...DEFAULT_FILTERS, ...(raw as Partial<TDashboardFilters>) }, ignored };
}

// The query string of `filters` with `changes` applied, leaving defaults out so links stay short.
export function dashboardQuery(filters: TDashboardFilters, changes: Partial<TDashboardFilters> = {}): string {
  const merged = { ...filters, ...changes };
  const params = new URLSearchParams();
  for (const key of Object.keys(ZDashboardFilters.shape) as TDashboardFilterKey[]) {
    const value = merged[key];
    if (value === undefined || value === DEFAULT_FILTERS[key]) continue;
    params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}
