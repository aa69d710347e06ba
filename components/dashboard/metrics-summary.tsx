import { TriangleAlertIcon } from "lucide-react";
import type { ReactNode } from "react";
import type { Metrics, MetricsWindow } from "@/components/dashboard/types";
import { formatCount, formatMs, formatPercent } from "@/components/shared/format";
import { Skeleton } from "@/components/ui/skeleton";
import { cn } from "@/lib/utils";

const windowText: Record<MetricsWindow, string> = { "1h": "in the last hour", "24h": "in the last 24 hours", "7d": "in the last 7 days" };

function Figure({ label, value, hint, testId, tone }: { label: string; value: ReactNode; hint: string; testId?: string; tone?: string }) {
  return (
    <div className="grid gap-0.5 rounded-lg border bg-background px-3 py-2.5">
      <dt className="text-xs font-medium text-muted-foreground">{label}</dt>
      <dd className={cn("text-2xl font-semibold tracking-tight tabular-nums", tone)} data-testid={testId}>
        {value}
      </dd>
      <dd className="truncate text-xs text-muted-foreground">{hint}</dd>
    </div>
  );
}

function errorTone(rate: number): string | undefined {
  if (rate >= 0.05) return "text-destructive";
  if (rate > 0) return "text-warning";
  return undefined;
}

/** Requests, error rate, p50 and p95 for the window; a note when request records were dropped. */
export function MetricsSummary({ metrics, window }: { metrics: Metrics | undefined; window: MetricsWindow }) {
  if (!metrics) {
    return (
      <div className="grid grid-cols-2 gap-2 md:grid-cols-4" aria-hidden>
        {["a", "b", "c", "d"].map((k) => (
          <Skeleton key={k} className="h-[5.25rem] rounded-lg" />
        ))}
      </div>
    );
  }
  return (
    <div className="grid gap-2">
      <dl className="grid grid-cols-2 gap-2 md:grid-cols-4">
        <Figure label="Requests" value={formatCount(metrics.count)} hint={windowText[window]} testId="metric-count" />
        <Figure
          label="Error rate"
          value={formatPercent(metrics.count ? metrics.errorRate : null)}
          hint="answers with status 5xx"
          testId="metric-error-rate"
          tone={errorTone(metrics.errorRate)}
        />
        <Figure label="p50 latency" value={formatMs(metrics.count ? metrics.p50Ms : null)} hint="half the requests were faster" />
        <Figure label="p95 latency" value={formatMs(metrics.count ? metrics.p95Ms : null)} hint="95 % of requests were faster" />
      </dl>
      {metrics.dropped > 0 && (
        <p className="flex items-start gap-1.5 text-xs text-warning" data-testid="metric-dropped">
          <TriangleAlertIcon className="mt-px size-3.5 shrink-0" aria-hidden />
          <span>
            {formatCount(metrics.dropped)} request {metrics.dropped === 1 ? "record was" : "records were"} dropped before reaching the
            database (the app was busier than the log writer, or the database was unreachable): the figures above undercount.
          </span>
        </p>
      )}
    </div>
  );
}
