"use client";

import { Bar, CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from "recharts";
import { bucketMs, bucketName, msTick, tickLabel, toChartPoints } from "@/components/dashboard/chart-data";
import { ChartTooltip } from "@/components/dashboard/chart-tooltip";
import type { Metrics } from "@/components/dashboard/types";
import { formatMs } from "@/components/shared/format";

const tick = { fill: "var(--muted-foreground)", fontSize: 11 };
const lineDot = (color: string) => ({ r: 2, fill: color, stroke: color, strokeWidth: 0 });

export const CHART_KEYS = [
  { label: "Requests", color: "var(--chart-requests)" },
  { label: "Errors", color: "var(--destructive)" },
  { label: "p50", color: "var(--chart-p50)" },
  { label: "p95", color: "var(--chart-p95)" },
] as const;

/**
 * Requests per bucket (bars, errors stacked in red) against latency p50 / p95 (lines, right axis).
 * Colours are CSS variables, so the chart follows the light and dark themes without re-rendering.
 */
export function MetricsChart({ metrics }: { metrics: Metrics }) {
  const points = toChartPoints(metrics.series);
  const bucket = bucketMs(points);
  const empty = metrics.count === 0;
  return (
    <figure data-testid="metrics-chart" className="relative h-64 w-full">
      <figcaption className="sr-only">
        Requests per {bucketName(bucket)} with median and 95th percentile latency: {metrics.count} requests, p50 {formatMs(metrics.p50Ms)},
        p95 {formatMs(metrics.p95Ms)}.
      </figcaption>
      <ComposedChart
        responsive
        width="100%"
        height="100%"
        data={points}
        margin={{ top: 8, right: 4, bottom: 0, left: 0 }}
        barCategoryGap="12%"
      >
        <CartesianGrid vertical={false} stroke="var(--border)" />
        <XAxis
          dataKey="t"
          tickFormatter={(t: number) => tickLabel(t, metrics.window)}
          tick={tick}
          tickLine={false}
          axisLine={false}
          minTickGap={28}
        />
        <YAxis yAxisId="count" allowDecimals={false} tick={tick} tickLine={false} axisLine={false} width={36} />
        <YAxis yAxisId="ms" orientation="right" tickFormatter={msTick} tick={tick} tickLine={false} axisLine={false} width={48} />
        <Tooltip
          cursor={{ fill: "var(--muted)", opacity: 0.6 }}
          content={({ active, payload }) => <ChartTooltip active={active} payload={payload} bucketMs={bucket} />}
          isAnimationActive={false}
        />
        <Bar yAxisId="count" dataKey="ok" stackId="requests" fill="var(--chart-requests)" isAnimationActive={false} />
        <Bar yAxisId="count" dataKey="errors" stackId="requests" fill="var(--destructive)" isAnimationActive={false} />
        {/* Dots, because a bucket with traffic between two quiet ones has no line to draw. */}
        <Line
          yAxisId="ms"
          dataKey="p50"
          stroke="var(--chart-p50)"
          strokeWidth={1.5}
          dot={lineDot("var(--chart-p50)")}
          isAnimationActive={false}
        />
        <Line
          yAxisId="ms"
          dataKey="p95"
          stroke="var(--chart-p95)"
          strokeWidth={1.5}
          dot={lineDot("var(--chart-p95)")}
          isAnimationActive={false}
        />
      </ComposedChart>
      {empty && (
        <p className="pointer-events-none absolute inset-0 flex items-center justify-center text-sm text-muted-foreground">
          No requests in this window
        </p>
      )}
    </figure>
  );
}

export function ChartLegend() {
  return (
    <ul className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted-foreground" aria-hidden>
      {CHART_KEYS.map((k) => (
        <li key={k.label} className="inline-flex items-center gap-1.5">
          <span className="size-2 rounded-[2px]" style={{ background: k.color }} />
          {k.label}
        </li>
      ))}
    </ul>
  );
}
