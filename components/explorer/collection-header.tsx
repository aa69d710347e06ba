"use client";

import { useQuery } from "@tanstack/react-query";
import { RefreshCwIcon } from "lucide-react";
import { MatchCount } from "@/components/explorer/match-count";
import { useExactCount } from "@/components/explorer/use-exact-count";
import { formatBytes, formatCount } from "@/components/shared/format";
import { Button } from "@/components/ui/button";
import { useTRPC } from "@/lib/trpc/react";

/** The open collection: its name and database, its size, a count of matches, and a refresh. */
export function CollectionHeader({
  db,
  collection,
  filter,
  refreshing,
  onRefresh,
}: {
  db: string;
  collection: string;
  filter: string;
  refreshing: boolean;
  onRefresh(): void;
}) {
  const trpc = useTRPC();
  // The sidebar's query: shared from the cache, no extra request.
  const collections = useQuery(trpc.data.collections.queryOptions({ db }));
  const info = collections.data?.collections.find((c) => c.name === collection);
  // An exact count asked for in the sidebar replaces the estimate here too.
  const exact = useExactCount(db, collection).count;
  const count = exact ?? info?.count;

  return (
    <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 border-b px-4 py-3">
      <div className="min-w-0">
        <h2 className="truncate font-mono text-sm font-semibold" data-testid="explorer-collection-title">
          {collection}
        </h2>
        <p className="truncate text-xs text-muted-foreground">
          in <span className="font-mono">{db}</span>
          {info && count !== undefined && (
            <>
              {" · "}
              {exact === undefined && info.countIsEstimate && "~"}
              {formatCount(count)} {count === 1 ? "document" : "documents"}
              {info.sizeBytes !== null && ` · ${formatBytes(info.sizeBytes)}`}
            </>
          )}
        </p>
      </div>
      <div className="flex items-center gap-2">
        {filter !== "" && <MatchCount db={db} collection={collection} filter={filter} />}
        <Button variant="ghost" size="xs" onClick={onRefresh} disabled={refreshing} aria-label="Refresh documents">
          <RefreshCwIcon className={refreshing ? "animate-spin" : undefined} aria-hidden /> Refresh
        </Button>
      </div>
    </div>
  );
}
