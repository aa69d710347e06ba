import { describe, expect, it } from "vitest";
import { formatBytes, formatCount, formatMs, formatPercent } from "@/components/shared/format";

describe("formatCount", () => {
  it("keeps small numbers whole and compacts large ones", () => {
    expect(formatCount(0)).toBe("0");
    expect(formatCount(9_999)).toBe("9,999");
    expect(formatCount(12_300)).toBe("12.3K");
  });
});

describe("formatMs", () => {
  it("uses ms below a second and seconds above", () => {
    expect(formatMs(0.4)).toBe("<1 ms");
    expect(formatMs(12.6)).toBe("13 ms");
    expect(formatMs(1234)).toBe("1.23 s");
    expect(formatMs(61_000)).toBe("61 s");
  });
  it("shows a dash when there is no figure", () => {
    expect(formatMs(null)).toBe("—");
    expect(formatMs(Number.NaN)).toBe("—");
  });
});

describe("formatPercent", () => {
  it("reads a ratio as a percentage", () => {
    expect(formatPercent(0)).toBe("0%");
    expect(formatPercent(0.0042)).toBe("0.42%");
    expect(formatPercent(0.00001)).toBe("<0.01%");
    expect(formatPercent(0.5)).toBe("50%");
    expect(formatPercent(1)).toBe("100%");
  });
});

describe("formatBytes", () => {
  it("picks the largest unit", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(2048)).toBe("2 KB");
    expect(formatBytes(5_300_000)).toBe("5.1 MB");
  });
});
