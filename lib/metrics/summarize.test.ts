import { describe, expect, it } from "vitest";
import { summarizeWindow } from "./summarize";
import { windowRange } from "./windows";

describe("summarizeWindow", () => {
  const now = Date.parse("2026-11-23T12:30:20Z");
  const range = windowRange("1h", now);

  it("totals count, 5xx rate and percentiles, and per-minute points", () => {
    const samples = [
      { ts: now, status: 200, durationMs: 10 },
      { ts: now - 1000, status: 500, durationMs: 40 },
      { ts: now - 60_000, status: 404, durationMs: 20 },
      { ts: now - 60_000, status: 503, durationMs: 30 },
      { ts: now - 2 * 3600_000, status: 200, durationMs: 999 }, // outside the window
    ];
    const s = summarizeWindow(samples, range);
    expect(s).toMatchObject({ count: 4, errorRate: 0.5, p50Ms: 20, p95Ms: 40 });
    expect(s.series).toHaveLength(60);
    expect(s.series.at(-1)).toEqual({ ts: new Date("2026-11-23T12:30:00.000Z"), count: 2, errors: 1, p50Ms: 10, p95Ms: 40 });
    expect(s.series.at(-2)).toMatchObject({ ts: new Date("2026-11-23T12:29:00.000Z"), count: 2, errors: 1, p50Ms: 20, p95Ms: 30 });
    expect(s.series.at(0)).toEqual({ ts: new Date("2026-11-23T11:31:00.000Z"), count: 0, errors: 0, p50Ms: null, p95Ms: null });
  });

  it("answers zeros and nulls without requests", () => {
    expect(summarizeWindow([], range)).toMatchObject({ count: 0, errorRate: 0, p50Ms: null, p95Ms: null });
  });
});
