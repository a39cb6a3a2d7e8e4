// Geometry of the report charts (radar of current vs target levels, horizontal bars per layer),
// as pure functions of numbers. Framework-free: the PDF components draw what these compute, and
// the numbers are unit-tested without rendering anything.

export type Point = { x: number; y: number };

const round = (value: number) => Math.round(value * 100) / 100;

// Values outside 0..max (a missing target, a bad input) are drawn at the nearest edge, never
// outside the chart.
export function clamp(value: number, min: number, max: number): number {
  if (!Number.isFinite(value)) return min;
  return Math.min(max, Math.max(min, value));
}

// The angle of axis i of n, in radians: the first axis points straight up and the others follow
// clockwise (y grows downwards in PDF and SVG user space).
export function axisAngle(index: number, count: number): number {
  return -Math.PI / 2 + (2 * Math.PI * index) / count;
}

export function polarPoint(options: { center: Point; radius: number; angle: number }): Point {
  const { center, radius, angle } = options;
  return { x: round(center.x + radius * Math.cos(angle)), y: round(center.y + radius * Math.sin(angle)) };
}

// One vertex per axis, at value / max of the radius along that axis.
export function radarPoints(options: {
  values: readonly number[];
  max: number;
  center: Point;
  radius: number;
}): Point[] {
  const { values, max, center, radius } = options;
  return values.map((value, i) =>
    polarPoint({ center, radius: (radius * clamp(value, 0, max)) / max, angle: axisAngle(i, values.length) }),
  );
}

// The `points` attribute of an SVG polygon or polyline.
export function pointsAttribute(points: readonly Point[]): string {
  return points.map((p) => `${p.x},${p.y}`).join(" ");
}

// The grid: one ring per level (1..max), each a polygon through every axis.
export function radarRings(options: { axes: number; max: number; center: Point; radius: number }): Point[][] {
  const { axes, max, center, radius } = options;
  return Array.from({ length: max }, (_, ring) =>
    radarPoints({ values: Array.from({ length: axes }, () => ring + 1), max, center, radius }),
  );
}

export type AxisLabel = Point & { anchor: "start" | "middle" | "end"; baseline: "auto" | "hanging" | "central" };

// Where an axis's label goes: just outside the outer ring, anchored so the text grows away from
// the chart (left of it on the left side, centred at the top and bottom).
export function axisLabel(options: {
  index: number;
  count: number;
  center: Point;
  radius: number;
  gap: number;
}): AxisLabel {
  const angle = axisAngle(options.index, options.count);
  const point = polarPoint({ center: options.center, radius: options.radius + options.gap, angle });
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const anchor = Math.abs(cos) < 0.2 ? "middle" : cos > 0 ? "start" : "end";
  const baseline = sin < -0.5 ? "auto" : sin > 0.5 ? "hanging" : "central";
  return { ...point, anchor, baseline };
}

// The length of a horizontal bar for value on a 0..max scale drawn across width.
export function barLength(options: { value: number; max: number; width: number }): number {
  const { value, max, width } = options;
  if (!(max > 0)) return 0;
  return round((width * clamp(value, 0, max)) / max);
}

// The x of each tick of a 0..max scale (max + 1 ticks, 0 included).
export function scaleTicks(options: { max: number; width: number; x: number }): Array<{ value: number; x: number }> {
  return Array.from({ length: options.max + 1 }, (_, value) => ({
    value,
    x: round(options.x + (options.width * value) / options.max),
  }));
}
