"use client";

import type { ReactNode } from "react";
import type { AppFigures, FiguresState } from "@/components/apps/use-app-figures";
import { formatCount, formatMs, formatPercent } from "@/components/shared/format";
import { Skeleton } from "@/components/ui/skeleton";
import { Hint } from "@/components/ui/tooltip";
import { cn } from "@/lib/utils";

const NONE: AppFigures = { requests24h: 0, errorRate24h: 0, p95Ms24h: 0 };

function Figure({ label, children, className }: { label: string; children: ReactNode; className?: string }) {
  return (
    <div className={className}>
      <dt className="sr-only">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Requests, error rate and p95 over the last 24 hours, inline in an app's row. */
export function AppRowStats({ appId, slug, figures }: { appId: string; slug: string; figures: FiguresState }) {
  const testId = `app-stats-${slug}`;
  if (figures.unavailable) {
    return (
      <Hint label={figures.unavailable}>
        <span
          // biome-ignore lint/a11y/noNoninteractiveTabindex: focusable so keyboard users can read the reason in the tooltip
          tabIndex={0}
          data-testid={testId}
          data-state="unavailable"
          className="rounded-sm px-1 text-sm text-muted-foreground outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50"
        >
          <span aria-hidden>—</span>
          <span className="sr-only">Request figures unavailable: {figures.unavailable}</span>
        </span>
      </Hint>
    );
  }
  if (!figures.stats) return <Skeleton className="h-4 w-36" data-testid={testId} />;
  const s = figures.stats[appId] ?? NONE;
  const errorTone = s.errorRate24h >= 0.05 ? "text-destructive" : s.errorRate24h > 0 ? "text-warning" : undefined;
  return (
    <dl data-testid={testId} data-state="ready" className="flex flex-wrap items-baseline gap-x-3 text-xs whitespace-nowrap tabular-nums">
      <Figure label="Requests in the last 24 hours">
        {formatCount(s.requests24h)} <span className="text-muted-foreground">req</span>
      </Figure>
      <Figure label="Error rate" className={cn(s.requests24h === 0 && "text-muted-foreground", errorTone)}>
        {s.requests24h ? formatPercent(s.errorRate24h) : "—"} <span className="text-muted-foreground">err</span>
      </Figure>
      <Figure label="95th percentile latency">
        <span className="text-muted-foreground">p95</span> {s.requests24h ? formatMs(s.p95Ms24h) : "—"}
      </Figure>
    </dl>
  );
}
