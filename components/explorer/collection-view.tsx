"use client";

import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { SearchXIcon } from "lucide-react";
import { useState } from "react";
import { CollectionHeader } from "@/components/explorer/collection-header";
import { DocumentsPagination } from "@/components/explorer/documents-pagination";
import { DocumentsView } from "@/components/explorer/documents-view";
import type { JsonObject } from "@/components/explorer/ejson/classify";
import { type ExplorerParams, queryKey } from "@/components/explorer/explorer-params";
import { QueryBar, type QueryText } from "@/components/explorer/query-bar";
import { queryErrorOf } from "@/components/explorer/query-error";
import type { Navigate } from "@/components/explorer/use-explorer-params";
import { EmptyState, QueryProblem } from "@/components/shared/section-states";
import { errorMessage, trpcErrorCode, useTRPC } from "@/lib/trpc/react";

type Open = ExplorerParams & { db: string; collection: string };

/** The open collection: query bar, one page of documents, keyset paging (a stack of cursors, here only). */
export function CollectionView({ params, navigate }: { params: Open; navigate: Navigate }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const key = queryKey(params);
  // `after` cursors of the pages after the first; another query starts again at page 1.
  const [paging, setPaging] = useState<{ key: string; cursors: string[] }>({ key, cursors: [] });
  const cursors = paging.key === key ? paging.cursors : [];
  const after = cursors.at(-1);
  const goTo = (next: string[]) => setPaging({ key, cursors: next });

  const { db, collection, filter, sort, projection, limit } = params;
  const input = {
    db,
    collection,
    limit,
    ...(filter !== "" && { filter }),
    ...(sort !== "" && { sort }),
    ...(projection !== "" && { projection }),
    ...(after !== undefined && { after }),
  };
  // Reading, not watching: no refresh on focus, so the page does not shift under the reader.
  const docs = useQuery(
    trpc.data.documents.queryOptions(input, { placeholderData: keepPreviousData, staleTime: 60_000, refetchOnWindowFocus: false }),
  );
  const code = docs.isError ? trpcErrorCode(docs.error) : undefined;

  /** Page 1 again, fresh counts and lists; exact counts nobody is showing are dropped rather than left stale. */
  function refresh() {
    goTo([]);
    void queryClient.resetQueries(trpc.data.count.pathFilter());
    void queryClient.invalidateQueries(trpc.data.pathFilter());
  }
  function run(q: QueryText) {
    const next = { ...params, ...q };
    if (queryKey(next) === key) refresh();
    else navigate(next);
  }

  return (
    <section
      aria-label={`Collection ${collection}`}
      className="flex min-w-0 flex-col overflow-hidden rounded-xl border bg-card text-card-foreground shadow-sm"
    >
      <CollectionHeader db={db} collection={collection} filter={filter} refreshing={docs.isFetching} onRefresh={refresh} />
      <QueryBar
        applied={params}
        error={code === "BAD_REQUEST" ? queryErrorOf(errorMessage(docs.error)) : null}
        running={docs.isFetching}
        onRun={run}
        onPageSize={(n) => navigate({ ...params, limit: n })}
      />
      <div className="min-h-64">
        {code === "BAD_REQUEST" ? (
          <EmptyState icon={<SearchXIcon aria-hidden />} title="The query needs a fix" className="py-14">
            Correct it above and run it again.
          </EmptyState>
        ) : code === "NOT_FOUND" ? (
          <EmptyState icon={<SearchXIcon aria-hidden />} title={errorMessage(docs.error)} className="py-14">
            It does not exist (any more), or it is not yours to read.
          </EmptyState>
        ) : docs.isError ? (
          <QueryProblem error={docs.error} what="the documents" onRetry={() => void docs.refetch()} />
        ) : (
          <DocumentsView
            documents={docs.data?.documents as JsonObject[] | undefined}
            loading={docs.isPending}
            stale={docs.isPlaceholderData}
            filtered={filter !== ""}
            offset={cursors.length * limit}
          />
        )}
      </div>
      <DocumentsPagination
        page={cursors.length + 1}
        shown={docs.data?.documents.length ?? 0}
        hasNext={Boolean(docs.data?.nextCursor) && !docs.isPlaceholderData}
        onFirst={() => goTo([])}
        onPrev={() => goTo(cursors.slice(0, -1))}
        onNext={() => docs.data?.nextCursor && goTo([...cursors, docs.data.nextCursor])}
      />
    </section>
  );
}
