import { describe, expect, it } from "vitest";
import { bucketMs, bucketName, msTick, toChartPoints } from "@/components/dashboard/chart-data";

describe("toChartPoints", () => {
  it("stacks successes and errors and breaks latency lines where there was no traffic", () => {
    const t = new Date("2026-01-10T12:00:00Z");
    const points = toChartPoints([
      { ts: t, count: 10, errors: 2, p50Ms: 12, p95Ms: 80 },
      { ts: new Date(t.getTime() + 60_000), count: 0, errors: 0, p50Ms: 0, p95Ms: 0 },
    ]);
    expect(points[0]).toEqual({ t: t.getTime(), ok: 8, errors: 2, p50: 12, p95: 80 });
    expect(points[1]).toMatchObject({ ok: 0, p50: null, p95: null });
    expect(bucketMs(points)).toBe(60_000);
  });
});

describe("labels", () => {
  it("names buckets and latency ticks", () => {
    expect(bucketName(60_000)).toBe("minute");
    expect(bucketName(5 * 60_000)).toBe("5 min");
    expect(bucketName(3_600_000)).toBe("hour");
    expect(msTick(120)).toBe("120ms");
    expect(msTick(1500)).toBe("1.5s");
  });
});
