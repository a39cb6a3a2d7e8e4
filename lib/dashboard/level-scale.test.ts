import { describe, expect, it } from "vitest";
import { EMPTY_SWATCH, LEVEL_SWATCHES, contrastRatio, levelSwatch } from "./level-scale";

describe("level colour scale", () => {
  it("has text of at least 4.5:1 contrast on every level colour", () => {
    for (const swatch of [...LEVEL_SWATCHES, EMPTY_SWATCH]) {
      expect(contrastRatio(swatch.text, swatch.background)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("gets darker level by level from 1 to 4, so the order reads without hue", () => {
    const againstWhite = LEVEL_SWATCHES.slice(1).map((s) => contrastRatio(s.background, "#ffffff"));
    expect(againstWhite).toEqual([...againstWhite].sort((a, b) => a - b));
  });

  it("computes WCAG contrast and clamps levels", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(levelSwatch(null)).toBe(EMPTY_SWATCH);
    expect(levelSwatch(7)).toBe(LEVEL_SWATCHES[4]);
    expect(levelSwatch(2.6)).toBe(LEVEL_SWATCHES[2]);
  });
});
