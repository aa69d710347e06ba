"use client";

import { useQuery } from "@tanstack/react-query";
import { TableIcon } from "lucide-react";
import { CollectionItem } from "@/components/explorer/collection-item";
import { ExplorerPanel } from "@/components/explorer/explorer-panel";
import { dbPolling } from "@/components/shared/db-polling";
import { EmptyState, QueryProblem } from "@/components/shared/section-states";
import { Skeleton } from "@/components/ui/skeleton";
import { trpcErrorCode, useTRPC } from "@/lib/trpc/react";

/** The selected database's collections; Kiln's own (`_platform_*`, `system.*`) listed apart, dimmed, not hidden. */
export function CollectionList({ db, selected }: { db: string; selected: string | null }) {
  const trpc = useTRPC();
  const collections = useQuery(trpc.data.collections.queryOptions({ db }, dbPolling(false)));
  const all = collections.data?.collections;
  const own = all?.filter((c) => !c.internal) ?? [];
  const internal = all?.filter((c) => c.internal) ?? [];

  return (
    <ExplorerPanel title="Collections" description={<span className="font-mono">{db}</span>} data-testid="explorer-collections">
      {collections.isPending ? (
        <div className="grid gap-2 p-3" aria-hidden>
          <Skeleton className="h-9 w-full" />
          <Skeleton className="h-9 w-2/3" />
        </div>
      ) : collections.isError ? (
        trpcErrorCode(collections.error) === "NOT_FOUND" ? (
          <EmptyState icon={<TableIcon aria-hidden />} title="Database not found" className="py-6">
            It does not exist, or it is not yours to read.
          </EmptyState>
        ) : (
          <QueryProblem error={collections.error} what="the collections" onRetry={() => void collections.refetch()} className="py-6" />
        )
      ) : (
        <div className="py-1">
          {own.length > 0 ? (
            <ul aria-label="Collections">
              {own.map((c) => (
                <CollectionItem key={c.name} db={db} collection={c} selected={c.name === selected} />
              ))}
            </ul>
          ) : (
            <EmptyState icon={<TableIcon aria-hidden />} title="No collections yet" className="py-6">
              Collections appear here once an app writes documents.
            </EmptyState>
          )}
          {internal.length > 0 && (
            <>
              <h3 className="border-t px-3 pt-3 pb-1 text-[11px] font-semibold tracking-wide text-muted-foreground uppercase">
                Kept by Kiln
              </h3>
              <ul aria-label="Collections kept by Kiln" className="opacity-80" data-testid="explorer-internal-collections">
                {internal.map((c) => (
                  <CollectionItem key={c.name} db={db} collection={c} selected={c.name === selected} />
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </ExplorerPanel>
  );
}
