import { describe, expect, it } from "vitest";
import { decide, idleBucketCutoff, isRuleText, parseRule, windowExpiredBefore } from "./window";

describe("rate limit rules", () => {
  it("reads <max>/<minutes>", () => {
    expect(parseRule("20/15")).toEqual({ max: 20, windowSeconds: 900 });
    expect(parseRule(" 1/1 ")).toEqual({ max: 1, windowSeconds: 60 });
  });

  it("refuses anything else with the expected format in the message", () => {
    for (const text of ["", "20", "20/", "/15", "0/15", "20/0", "-1/5", "1.5/5", "20 per 15", "20/15m"]) {
      expect(isRuleText(text)).toBe(false);
      expect(() => parseRule(text)).toThrow(/<max>\/<minutes>/);
    }
  });

  it("allows hits up to the maximum within a window", () => {
    const rule = parseRule("3/10");
    const now = new Date("2026-11-23T12:00:00Z");
    const windowStart = new Date("2026-11-23T11:55:00Z");
    expect(decide({ hit: { count: 1, windowStart }, rule, now })).toEqual({ allowed: true });
    expect(decide({ hit: { count: 3, windowStart }, rule, now })).toEqual({ allowed: true });
  });

  it("refuses the next hit until the window ends, in whole seconds, at least one", () => {
    const rule = parseRule("3/10");
    const windowStart = new Date("2026-11-23T11:55:00Z");
    expect(decide({ hit: { count: 4, windowStart }, rule, now: new Date("2026-11-23T12:00:00Z") })).toEqual({
      allowed: false,
      retryAfterSeconds: 300,
    });
    expect(decide({ hit: { count: 9, windowStart }, rule, now: new Date("2026-11-23T12:04:59.500Z") })).toEqual({
      allowed: false,
      retryAfterSeconds: 1,
    });
    expect(decide({ hit: { count: 9, windowStart }, rule, now: new Date("2026-11-23T12:05:00Z") })).toEqual({
      allowed: false,
      retryAfterSeconds: 1,
    });
  });

  it("treats a window that started one window length ago or earlier as ended", () => {
    const now = new Date("2026-11-23T12:00:00Z");
    expect(windowExpiredBefore({ rule: parseRule("5/15"), now })).toEqual(new Date("2026-11-23T11:45:00Z"));
  });

  it("treats a counter as idle after the longest window, and never before a day", () => {
    const now = new Date("2026-11-23T12:00:00Z");
    const twoDays = 2 * 24 * 60 * 60 * 1000;
    expect(idleBucketCutoff({ windowsMs: [60_000, twoDays, 900_000], now })).toEqual(new Date("2026-11-21T12:00:00Z"));
    expect(idleBucketCutoff({ windowsMs: [60_000, 900_000], now })).toEqual(new Date("2026-11-22T12:00:00Z"));
  });
});
