import { describe, expect, it } from "vitest";
import { nearestRank, sortedDurations } from "./percentile";

describe("nearest-rank percentiles", () => {
  it("picks the value at rank ceil(p/100 · n)", () => {
    const v = sortedDurations([15, 20, 35, 40, 50]);
    expect(nearestRank(v, 5)).toBe(15);
    expect(nearestRank(v, 30)).toBe(20);
    expect(nearestRank(v, 40)).toBe(20);
    expect(nearestRank(v, 50)).toBe(35);
    expect(nearestRank(v, 100)).toBe(50);
  });

  it("has no floating-point drift at exact ranks (p95 of 60 values is the 57th)", () => {
    const v = sortedDurations(Array.from({ length: 60 }, (_, i) => i + 1));
    expect(nearestRank(v, 95)).toBe(57);
    expect(nearestRank(v, 50)).toBe(30);
  });

  it("answers null without values and a single value for any p", () => {
    expect(nearestRank([], 50)).toBeNull();
    expect(nearestRank([7.5], 1)).toBe(7.5);
    expect(nearestRank([7.5], 95)).toBe(7.5);
  });

  it("sorts numerically, not as strings", () => {
    expect([...sortedDurations([10, 9, 100, 1.5])]).toEqual([1.5, 9, 10, 100]);
  });

  it("refuses percentiles outside 1..100", () => {
    expect(() => nearestRank([1], 0)).toThrow(RangeError);
    expect(() => nearestRank([1], 101)).toThrow(RangeError);
  });
});
