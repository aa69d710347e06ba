"use client";

import { useQuery } from "@tanstack/react-query";
import { MousePointerClickIcon } from "lucide-react";
import { useEffect } from "react";
import { CollectionList } from "@/components/explorer/collection-list";
import { CollectionView } from "@/components/explorer/collection-view";
import { DatabaseList } from "@/components/explorer/database-list";
import { useExplorerParams } from "@/components/explorer/use-explorer-params";
import { dbPolling } from "@/components/shared/db-polling";
import { EmptyState, QueryProblem } from "@/components/shared/section-states";
import { useMounted } from "@/components/shared/use-mounted";
import { useTRPC } from "@/lib/trpc/react";

/** The read-only MongoDB explorer: databases and collections on the left, the open collection on the right. */
export function DataExplorer() {
  const trpc = useTRPC();
  const { params, navigate } = useExplorerParams();
  const me = useQuery(trpc.auth.me.queryOptions(undefined, { staleTime: 60_000 }));
  const databases = useQuery(trpc.data.databases.queryOptions(undefined, dbPolling(false)));
  const list = databases.data?.databases;
  // The session may be cached before this streamed section hydrates: read the role after mount.
  const mounted = useMounted();
  const admin = mounted && me.data?.role === "admin";

  // With a single database there is nothing to choose: open it.
  const only = list?.length === 1 ? list[0]?.name : undefined;
  useEffect(() => {
    if (!params.db && only) navigate({ db: only }, { replace: true });
  }, [params.db, only, navigate]);

  if (databases.isError) {
    return (
      <div className="rounded-xl border bg-card shadow-sm" data-testid="explorer-problem">
        <QueryProblem error={databases.error} what="your databases" onRetry={() => void databases.refetch()} className="py-16" />
      </div>
    );
  }

  const { db, collection } = params;
  return (
    <div className="grid items-start gap-6 lg:grid-cols-[17rem_minmax(0,1fr)]">
      <nav aria-label="Databases and collections" className="grid min-w-0 gap-4 lg:sticky lg:top-20">
        <DatabaseList databases={list} selected={db} showOwner={admin} />
        {db && <CollectionList db={db} selected={collection} />}
      </nav>
      {db && collection ? (
        <CollectionView key={`${db}\n${collection}`} params={{ ...params, db, collection }} navigate={navigate} />
      ) : (
        <div className="rounded-xl border border-dashed">
          <EmptyState icon={<MousePointerClickIcon aria-hidden />} title={db ? "Pick a collection" : "Pick a database"} className="py-20">
            {db
              ? "Choose a collection on the left to browse its documents."
              : "Choose one of your databases on the left; each app you deploy writes to yours."}
          </EmptyState>
        </div>
      )}
    </div>
  );
}
