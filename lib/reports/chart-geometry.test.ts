import { describe, expect, it } from "vitest";
import {
  axisAngle,
  axisLabel,
  barLength,
  clamp,
  pointsAttribute,
  polarPoint,
  radarPoints,
  radarRings,
  scaleTicks,
} from "./chart-geometry";

const center = { x: 100, y: 100 };

describe("radar geometry", () => {
  it("starts the first axis straight up and goes clockwise", () => {
    expect(axisAngle(0, 4)).toBeCloseTo(-Math.PI / 2);
    expect(polarPoint({ center, radius: 50, angle: axisAngle(0, 4) })).toEqual({ x: 100, y: 50 });
    // A quarter turn clockwise in y-down space is to the right, then down, then left.
    expect(polarPoint({ center, radius: 50, angle: axisAngle(1, 4) })).toEqual({ x: 150, y: 100 });
    expect(polarPoint({ center, radius: 50, angle: axisAngle(2, 4) })).toEqual({ x: 100, y: 150 });
    expect(polarPoint({ center, radius: 50, angle: axisAngle(3, 4) })).toEqual({ x: 50, y: 100 });
  });

  it("puts each value at value / max of the radius on its axis", () => {
    const points = radarPoints({ values: [4, 2, 0, 1], max: 4, center, radius: 80 });
    expect(points).toEqual([
      { x: 100, y: 20 },
      { x: 140, y: 100 },
      { x: 100, y: 100 },
      { x: 80, y: 100 },
    ]);
    expect(pointsAttribute(points)).toBe("100,20 140,100 100,100 80,100");
  });

  it("places 7 layers at equal angles, level 4 on the rim", () => {
    const points = radarPoints({ values: [4, 4, 4, 4, 4, 4, 4], max: 4, center, radius: 70 });
    for (const p of points) expect(Math.hypot(p.x - center.x, p.y - center.y)).toBeCloseTo(70, 1);
    // Axis 1 of 7: 360/7 degrees clockwise from the top.
    const angle = (2 * Math.PI) / 7;
    expect(points[1]?.x).toBeCloseTo(100 + 70 * Math.sin(angle), 1);
    expect(points[1]?.y).toBeCloseTo(100 - 70 * Math.cos(angle), 1);
  });

  it("draws out-of-range and missing values at the nearest edge", () => {
    expect(clamp(7, 0, 4)).toBe(4);
    expect(clamp(-1, 0, 4)).toBe(0);
    expect(clamp(Number.NaN, 0, 4)).toBe(0);
    const [top] = radarPoints({ values: [9], max: 4, center, radius: 10 });
    expect(top).toEqual({ x: 100, y: 90 });
  });

  it("makes one grid ring per level", () => {
    const rings = radarRings({ axes: 7, max: 4, center, radius: 80 });
    expect(rings).toHaveLength(4);
    expect(rings.map((ring) => ring.length)).toEqual([7, 7, 7, 7]);
    expect(rings[0]?.[0]).toEqual({ x: 100, y: 80 });
    expect(rings[3]?.[0]).toEqual({ x: 100, y: 20 });
  });

  it("anchors labels away from the chart", () => {
    expect(axisLabel({ index: 0, count: 4, center, radius: 50, gap: 10 })).toEqual({
      x: 100,
      y: 40,
      anchor: "middle",
      baseline: "auto",
    });
    expect(axisLabel({ index: 1, count: 4, center, radius: 50, gap: 10 })).toMatchObject({ x: 160, anchor: "start" });
    expect(axisLabel({ index: 2, count: 4, center, radius: 50, gap: 10 })).toMatchObject({
      y: 160,
      anchor: "middle",
      baseline: "hanging",
    });
    expect(axisLabel({ index: 3, count: 4, center, radius: 50, gap: 10 })).toMatchObject({
      x: 40,
      anchor: "end",
      baseline: "central",
    });
  });
});

describe("bar geometry", () => {
  it("scales a value to the bar's width and clamps it", () => {
    expect(barLength({ value: 2, max: 4, width: 300 })).toBe(150);
    expect(barLength({ value: 8 / 3, max: 4, width: 300 })).toBe(200);
    expect(barLength({ value: 5, max: 4, width: 300 })).toBe(300);
    expect(barLength({ value: -1, max: 4, width: 300 })).toBe(0);
    expect(barLength({ value: 1, max: 0, width: 300 })).toBe(0);
  });

  it("spaces the 0..max ticks evenly from the bars' start", () => {
    expect(scaleTicks({ max: 4, width: 200, x: 50 })).toEqual([
      { value: 0, x: 50 },
      { value: 1, x: 100 },
      { value: 2, x: 150 },
      { value: 3, x: 200 },
      { value: 4, x: 250 },
    ]);
  });
});
