"use client";

import { useQuery } from "@tanstack/react-query";
import { DatabaseIcon } from "lucide-react";
import { CollectionRow } from "@/components/dashboard/collection-row";
import { dbPolling } from "@/components/shared/db-polling";
import { SectionCard } from "@/components/shared/section-card";
import { EmptyState, QueryProblem, UnavailableState } from "@/components/shared/section-states";
import { Skeleton } from "@/components/ui/skeleton";
import { useTRPC } from "@/lib/trpc/react";
import { cn } from "@/lib/utils";

/** The owner's collections with document counts; Kiln's own (`_platform_*`) listed apart, dimmed. */
export function CollectionsList({ appId, className }: { appId: string; className?: string }) {
  const trpc = useTRPC();
  const collections = useQuery(trpc.apps.collections.queryOptions({ id: appId }, dbPolling(30_000)));
  const data = collections.data;
  const own = data?.collections.filter((c) => !c.internal) ?? [];
  const internal = data?.collections.filter((c) => c.internal) ?? [];

  return (
    <SectionCard
      title="Database"
      description={data?.available ? <span className="font-mono">{data.database}</span> : "Your MongoDB collections"}
      className={cn(className)}
      data-testid="collections-list"
    >
      {collections.isPending ? (
        <div className="grid gap-2 p-4" aria-hidden>
          <Skeleton className="h-5 w-3/4" />
          <Skeleton className="h-5 w-1/2" />
          <Skeleton className="h-5 w-2/3" />
        </div>
      ) : collections.isError ? (
        <QueryProblem error={collections.error} what="the collections" onRetry={() => void collections.refetch()} />
      ) : !data?.available ? (
        <UnavailableState reason={data?.reason ?? "The database is not available."} />
      ) : (
        <div className="py-1">
          {own.length > 0 ? (
            <ul aria-label="Your collections">
              {own.map((c) => (
                <CollectionRow key={c.name} database={data?.database ?? ""} collection={c} />
              ))}
            </ul>
          ) : (
            <EmptyState icon={<DatabaseIcon aria-hidden />} title="No collections yet" className="py-6">
              The app&apos;s database is at <code className="font-mono">PLATFORM_MONGO_URI</code>; collections appear here once it writes
              documents.
            </EmptyState>
          )}
          {internal.length > 0 && (
            <>
              <h3 className="border-t px-4 pt-3 pb-1 text-[11px] font-semibold tracking-wide text-muted-foreground uppercase">
                Kept by Kiln
              </h3>
              <ul aria-label="Kiln's collections">
                {internal.map((c) => (
                  <CollectionRow key={c.name} database={data?.database ?? ""} collection={c} />
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </SectionCard>
  );
}
