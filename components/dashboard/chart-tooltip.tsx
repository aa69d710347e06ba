import { bucketLabel, type ChartPoint } from "@/components/dashboard/chart-data";
import { formatMs, formatPercent } from "@/components/shared/format";

function Row({ color, label, value }: { color: string; label: string; value: string }) {
  return (
    <div className="flex items-center justify-between gap-4">
      <span className="inline-flex items-center gap-1.5 text-muted-foreground">
        <span className="size-2 rounded-[2px]" style={{ background: color }} aria-hidden />
        {label}
      </span>
      <span className="font-mono tabular-nums">{value}</span>
    </div>
  );
}

/** The hovered bucket: its time range, traffic, error rate and latency. */
export function ChartTooltip({
  active,
  payload,
  bucketMs,
}: {
  active?: boolean;
  payload?: ReadonlyArray<{ payload?: unknown }>;
  bucketMs: number;
}) {
  const point = payload?.[0]?.payload as ChartPoint | undefined;
  if (!active || !point) return null;
  const count = point.ok + point.errors;
  return (
    <div className="grid min-w-44 gap-1 rounded-md border bg-popover px-3 py-2 text-xs text-popover-foreground shadow-md">
      <p className="font-medium">{bucketLabel(point.t, bucketMs)}</p>
      <Row color="var(--chart-requests)" label="Requests" value={String(count)} />
      <Row color="var(--destructive)" label="Errors" value={count ? `${point.errors} (${formatPercent(point.errors / count)})` : "0"} />
      <Row color="var(--chart-p50)" label="p50" value={formatMs(point.p50)} />
      <Row color="var(--chart-p95)" label="p95" value={formatMs(point.p95)} />
    </div>
  );
}
