import { nearestRank, sortedDurations } from "./percentile";
import { bucketIndex, type WindowRange } from "./windows";

/** One served request as the metrics need it. */
export interface RequestSample {
  ts: number;
  status: number;
  durationMs: number;
}

export interface SeriesPoint {
  /** Bucket start (a Date over tRPC, an ISO string in REST JSON). */
  ts: Date;
  count: number;
  /** 5xx answers. */
  errors: number;
  p50Ms: number | null;
  p95Ms: number | null;
}

export interface Summary {
  count: number;
  /** Share of 5xx answers, 0..1 (0 without requests). */
  errorRate: number;
  p50Ms: number | null;
  p95Ms: number | null;
}

export const isServerError = (status: number) => status >= 500 && status <= 599;

export function summarize(durations: number[], errors: number): Summary {
  const sorted = sortedDurations(durations);
  return {
    count: sorted.length,
    errorRate: sorted.length === 0 ? 0 : errors / sorted.length,
    p50Ms: nearestRank(sorted, 50),
    p95Ms: nearestRank(sorted, 95),
  };
}

export interface WindowSummary extends Summary {
  series: SeriesPoint[];
}

/** Accumulates samples one by one (a window can hold many), then totals them with per-bucket points. */
export function windowAccumulator(range: WindowRange) {
  const perBucket = Array.from({ length: range.buckets }, () => ({ durations: [] as number[], errors: 0 }));
  return {
    /** Samples outside the range are ignored. */
    add(s: RequestSample): void {
      const bucket = perBucket[bucketIndex(range, s.ts)];
      if (!bucket) return;
      bucket.durations.push(s.durationMs);
      if (isServerError(s.status)) bucket.errors++;
    },
    result(): WindowSummary {
      const series = perBucket.map((b, i) => {
        const { count, p50Ms, p95Ms } = summarize(b.durations, b.errors);
        return { ts: new Date(range.from + i * range.bucketMs), count, errors: b.errors, p50Ms, p95Ms };
      });
      const total = summarize(
        perBucket.flatMap((b) => b.durations),
        perBucket.reduce((n, b) => n + b.errors, 0),
      );
      return { ...total, series };
    },
  };
}

export function summarizeWindow(samples: Iterable<RequestSample>, range: WindowRange): WindowSummary {
  const acc = windowAccumulator(range);
  for (const s of samples) acc.add(s);
  return acc.result();
}
