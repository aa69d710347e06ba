"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { CollectionsList } from "@/components/dashboard/collections-list";
import { DashboardHeader } from "@/components/dashboard/dashboard-header";
import { HeaderSkeleton } from "@/components/dashboard/dashboard-skeleton";
import { LiveLogs } from "@/components/dashboard/live-logs";
import { MetricsSection } from "@/components/dashboard/metrics-section";
import { RequestsSection } from "@/components/dashboard/requests-section";
import { Button } from "@/components/ui/button";
import { errorMessage, trpcErrorCode, useTRPC } from "@/lib/trpc/react";

/** One app at work: status and URL, traffic and latency, recent requests, live logs, its data. */
export function AppDashboard({ appId }: { appId: string }) {
  const trpc = useTRPC();
  const app = useQuery(
    trpc.apps.get.queryOptions({ id: appId }, { refetchInterval: (q) => (q.state.data?.status === "deploying" ? 2_000 : 10_000) }),
  );

  if (app.isError) {
    const notFound = trpcErrorCode(app.error) === "NOT_FOUND";
    return (
      <div className="flex flex-col items-center gap-4 py-24 text-center">
        <h1 className="text-xl font-semibold">{notFound ? "This app does not exist" : "Could not open the app"}</h1>
        <p className="max-w-md text-sm text-muted-foreground">{notFound ? "It may have been deleted." : errorMessage(app.error)}</p>
        <Button asChild variant="outline">
          <Link href="/">Back to your apps</Link>
        </Button>
      </div>
    );
  }

  // The sections only need the id: they load alongside the app instead of after it.
  return (
    <div className="grid gap-6">
      {app.data ? <DashboardHeader app={app.data} /> : <HeaderSkeleton />}
      <MetricsSection appId={appId} />
      <RequestsSection appId={appId} />
      <div className="grid items-start gap-6 lg:grid-cols-3">
        <LiveLogs appId={appId} slug={app.data?.slug ?? "app"} className="lg:col-span-2" />
        <CollectionsList appId={appId} />
      </div>
    </div>
  );
}
