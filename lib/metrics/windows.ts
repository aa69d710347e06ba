/** The time windows of the metrics API and how each is cut into buckets. */
export const METRICS_WINDOWS = ["1h", "24h", "7d"] as const;
export type MetricsWindow = (typeof METRICS_WINDOWS)[number];

const MINUTE = 60_000;

export const WINDOW_BUCKETS: Record<MetricsWindow, { bucketMs: number; buckets: number }> = {
  "1h": { bucketMs: MINUTE, buckets: 60 },
  "24h": { bucketMs: 15 * MINUTE, buckets: 96 },
  "7d": { bucketMs: 60 * MINUTE, buckets: 168 },
};

export interface WindowRange {
  /** Inclusive start, ms since the epoch; a bucket boundary. */
  from: number;
  /** Exclusive end: the end of the bucket that holds `now`. */
  to: number;
  bucketMs: number;
  buckets: number;
}

/** Buckets are aligned to multiples of their size (UTC); the last one holds `now`. */
export function windowRange(window: MetricsWindow, now: number): WindowRange {
  const { bucketMs, buckets } = WINDOW_BUCKETS[window];
  const to = Math.floor(now / bucketMs) * bucketMs + bucketMs;
  return { from: to - buckets * bucketMs, to, bucketMs, buckets };
}

/** Index of the bucket holding `ts`, or -1 outside the range. */
export function bucketIndex(range: WindowRange, ts: number): number {
  if (ts < range.from || ts >= range.to) return -1;
  return Math.floor((ts - range.from) / range.bucketMs);
}
