import { describe, expect, it } from "vitest";
import { bucketIndex, WINDOW_BUCKETS, windowRange } from "./windows";

const at = (iso: string) => Date.parse(iso);

describe("metrics windows", () => {
  it("cuts 1h into 60 one-minute buckets, 24h into 96 of 15 min, 7d into 168 hours", () => {
    expect(WINDOW_BUCKETS["1h"]).toEqual({ bucketMs: 60_000, buckets: 60 });
    expect(WINDOW_BUCKETS["24h"]).toEqual({ bucketMs: 900_000, buckets: 96 });
    expect(WINDOW_BUCKETS["7d"]).toEqual({ bucketMs: 3_600_000, buckets: 168 });
  });

  it("aligns buckets to their size and ends with the one holding now", () => {
    const r = windowRange("24h", at("2026-11-23T12:07:30Z"));
    expect(new Date(r.to).toISOString()).toBe("2026-11-23T12:15:00.000Z");
    expect(new Date(r.from).toISOString()).toBe("2026-11-22T12:15:00.000Z");
    expect(r.to - r.from).toBe(24 * 3600_000);
  });

  it("puts a time exactly on a boundary in the bucket it starts", () => {
    const now = at("2026-11-23T12:00:00Z");
    const r = windowRange("1h", now);
    expect(bucketIndex(r, now)).toBe(59);
    expect(bucketIndex(r, now - 1)).toBe(58);
    expect(bucketIndex(r, r.from)).toBe(0);
  });

  it("places nothing outside the range", () => {
    const r = windowRange("7d", at("2026-11-23T12:00:00Z"));
    expect(bucketIndex(r, r.from - 1)).toBe(-1);
    expect(bucketIndex(r, r.to)).toBe(-1);
    expect(bucketIndex(r, r.to - 1)).toBe(167);
  });
});
