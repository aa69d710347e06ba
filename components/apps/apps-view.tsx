"use client";

import { useQuery } from "@tanstack/react-query";
import { useDeferredValue, useState } from "react";
import { AppListToolbar, type StatusFilter } from "@/components/apps/app-list-toolbar";
import { AppStatsCards } from "@/components/apps/app-stats-cards";
import { AppTable } from "@/components/apps/app-table";
import { AppsEmptyState } from "@/components/apps/apps-empty-state";
import { AppsSkeleton } from "@/components/apps/apps-skeleton";
import { NewAppDialog } from "@/components/apps/new-app-dialog";
import { useAppFigures } from "@/components/apps/use-app-figures";
import { Button } from "@/components/ui/button";
import { errorMessage, useTRPC } from "@/lib/trpc/react";

export function AppsView() {
  const trpc = useTRPC();
  const list = useQuery(trpc.apps.list.queryOptions(undefined, { refetchInterval: 5_000 }));
  const figures = useAppFigures();
  const [search, setSearch] = useState("");
  const [status, setStatus] = useState<StatusFilter>("all");
  const query = useDeferredValue(search.trim().toLowerCase());
  const apps = list.data?.apps ?? [];
  const shown = apps.filter((a) => (status === "all" || a.status === status) && (!query || a.name.toLowerCase().includes(query)));

  return (
    <div className="grid gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Apps</h1>
          <p className="text-sm text-muted-foreground">Python web APIs you write, deploy and run here.</p>
        </div>
        {apps.length > 0 && <NewAppDialog />}
      </div>
      {list.isPending ? (
        <AppsSkeleton />
      ) : list.isError ? (
        <div
          role="alert"
          className="flex items-center justify-between gap-4 rounded-xl border border-destructive/30 bg-destructive/5 p-4 text-sm"
        >
          <span>Could not load your apps: {errorMessage(list.error)}</span>
          <Button variant="outline" size="sm" onClick={() => list.refetch()}>
            Retry
          </Button>
        </div>
      ) : apps.length === 0 ? (
        <AppsEmptyState />
      ) : (
        <div className="grid gap-3">
          <AppStatsCards apps={apps} status={status} onStatus={setStatus} className="mb-3" />
          <AppListToolbar search={search} onSearch={setSearch} status={status} onStatus={setStatus} />
          {shown.length > 0 ? (
            <AppTable apps={shown} figures={figures} />
          ) : (
            <p className="rounded-xl border border-dashed px-4 py-10 text-center text-sm text-muted-foreground">
              No apps match these filters.
            </p>
          )}
        </div>
      )}
    </div>
  );
}
