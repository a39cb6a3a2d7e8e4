// The colour scale of maturity levels on the dashboards. Client-safe. Ordered light to dark
// (readable without hue, so colour-blind readers still see the order), with a warm tint only for
// level 0, and the level number is always printed on the colour: colour never carries it alone.
// Every text colour has at least 4.5:1 contrast on its background (a unit test checks).

export type LevelSwatch = { background: string; text: string };

export const LEVEL_SWATCHES: readonly LevelSwatch[] = [
  { background: "#ffe4e6", text: "#881337" },
  { background: "#dbeafe", text: "#1e3a8a" },
  { background: "#93c5fd", text: "#172554" },
  { background: "#2563eb", text: "#ffffff" },
  { background: "#1e3a8a", text: "#ffffff" },
];

// No assessment, or a layer whose practices are all not applicable.
export const EMPTY_SWATCH: LevelSwatch = { background: "#f8fafc", text: "#334155" };

export function levelSwatch(level: number | null): LevelSwatch {
  if (level === null) return EMPTY_SWATCH;
  return LEVEL_SWATCHES[Math.max(0, Math.min(4, Math.floor(level)))]!;
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

// WCAG 2.1 contrast ratio of two #rrggbb colours.
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
