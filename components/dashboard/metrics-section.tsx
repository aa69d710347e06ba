"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { ChartLegend, MetricsChart } from "@/components/dashboard/metrics-chart";
import { MetricsSummary } from "@/components/dashboard/metrics-summary";
import type { MetricsWindow } from "@/components/dashboard/types";
import { dbPolling } from "@/components/shared/db-polling";
import { SectionCard } from "@/components/shared/section-card";
import { QueryProblem } from "@/components/shared/section-states";
import { Skeleton } from "@/components/ui/skeleton";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { isUnavailable, useTRPC } from "@/lib/trpc/react";

const WINDOWS: { value: MetricsWindow; label: string; pollMs: number }[] = [
  { value: "1h", label: "1 h", pollMs: 10_000 },
  { value: "24h", label: "24 h", pollMs: 60_000 },
  { value: "7d", label: "7 d", pollMs: 300_000 },
];

/** Summary figures and the traffic / latency chart for one window (1 h, 24 h, 7 d). */
export function MetricsSection({ appId }: { appId: string }) {
  const trpc = useTRPC();
  const [period, setPeriod] = useState<MetricsWindow>("1h");
  const pollMs = WINDOWS.find((w) => w.value === period)?.pollMs ?? 60_000;
  const metrics = useQuery(
    trpc.apps.metrics.queryOptions({ id: appId, window: period }, { ...dbPolling(pollMs), placeholderData: keepPreviousData }),
  );
  const unavailable = metrics.isError && (!metrics.data || isUnavailable(metrics.error));

  return (
    <Tabs value={period} onValueChange={(v) => setPeriod(v as MetricsWindow)}>
      <SectionCard
        title="Traffic and latency"
        description={unavailable ? "Requests, errors and latency over time" : <ChartLegend />}
        actions={
          !unavailable && (
            <TabsList aria-label="Time window" className="h-8">
              {WINDOWS.map((w) => (
                <TabsTrigger key={w.value} value={w.value} className="px-2.5 text-xs" data-testid={`metrics-window-${w.value}`}>
                  {w.label}
                </TabsTrigger>
              ))}
            </TabsList>
          )
        }
      >
        <TabsContent value={period} className="grid gap-4 p-4">
          {unavailable ? (
            <QueryProblem error={metrics.error} what="the metrics" onRetry={() => void metrics.refetch()} className="min-h-[22rem]" />
          ) : (
            <>
              <MetricsSummary metrics={metrics.data} window={metrics.data?.window ?? period} />
              {metrics.data ? <MetricsChart metrics={metrics.data} /> : <Skeleton className="h-64 w-full" />}
            </>
          )}
        </TabsContent>
      </SectionCard>
    </Tabs>
  );
}
