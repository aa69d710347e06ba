import type { MetricsPoint, MetricsWindow } from "@/components/dashboard/types";

/** One bucket as the chart draws it: successful and failed requests stacked, latency lines broken where there was no traffic. */
export interface ChartPoint {
  t: number;
  ok: number;
  errors: number;
  p50: number | null;
  p95: number | null;
}

export function toChartPoints(series: MetricsPoint[]): ChartPoint[] {
  return series.map((p) => ({
    t: new Date(p.ts).getTime(),
    ok: Math.max(0, p.count - p.errors),
    errors: p.errors,
    p50: p.count > 0 ? p.p50Ms : null,
    p95: p.count > 0 ? p.p95Ms : null,
  }));
}

const timeFmt = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit", hour12: false });
const dayFmt = new Intl.DateTimeFormat(undefined, { weekday: "short", day: "numeric" });
const fullFmt = new Intl.DateTimeFormat(undefined, {
  weekday: "short",
  day: "numeric",
  month: "short",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
});

/** Axis ticks: clock times for an hour or a day, weekdays for a week. */
export function tickLabel(t: number, window: MetricsWindow): string {
  return window === "7d" ? dayFmt.format(t) : timeFmt.format(t);
}

export function bucketLabel(t: number, bucketMs: number): string {
  return `${fullFmt.format(t)} – ${timeFmt.format(t + bucketMs)}`;
}

/** The bucket width, read from the series itself (the server picks it per window). */
export function bucketMs(points: ChartPoint[]): number {
  const [a, b] = points;
  return a && b ? b.t - a.t : 60_000;
}

/** "5 min", "1 h" — for "requests per …". */
export function bucketName(ms: number): string {
  if (ms % 3_600_000 === 0) return ms === 3_600_000 ? "hour" : `${ms / 3_600_000} h`;
  if (ms % 60_000 === 0) return ms === 60_000 ? "minute" : `${ms / 60_000} min`;
  return `${Math.round(ms / 1000)} s`;
}

/** Short latency ticks: 120ms, 1.5s. */
export function msTick(v: number): string {
  return v < 1000 ? `${Math.round(v)}ms` : `${Number((v / 1000).toFixed(1))}s`;
}
