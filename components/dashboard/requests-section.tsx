"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { RequestsPagination } from "@/components/dashboard/requests-pagination";
import { RequestsTable } from "@/components/dashboard/requests-table";
import { RequestsToolbar, type StatusFilter } from "@/components/dashboard/requests-toolbar";
import { TracebackSheet } from "@/components/dashboard/traceback-sheet";
import type { RequestLog } from "@/components/dashboard/types";
import { dbPolling } from "@/components/shared/db-polling";
import { SectionCard } from "@/components/shared/section-card";
import { QueryProblem } from "@/components/shared/section-states";
import { useDebouncedValue } from "@/components/shared/use-debounced-value";
import { isUnavailable, useTRPC } from "@/lib/trpc/react";

const PAGE_SIZE = 25;
/** The newest page refreshes this often, so a request shows up within about two seconds. */
const LIVE_POLL_MS = 2_000;

/** Recent requests: filters, cursor pages (page 1 live), and the traceback of a failed one. */
export function RequestsSection({ appId }: { appId: string }) {
  const trpc = useTRPC();
  const [status, setStatus] = useState<StatusFilter>("all");
  const [pathInput, setPathInput] = useState("");
  const path = useDebouncedValue(pathInput.trim(), 300);
  const filterKey = `${status}\n${path}`;
  // `before` cursors of the pages after the first; a new filter starts again from the newest page.
  const [paging, setPaging] = useState<{ key: string; cursors: string[] }>({ key: filterKey, cursors: [] });
  const cursors = paging.key === filterKey ? paging.cursors : [];
  const before = cursors.at(-1);
  const [open, setOpen] = useState<RequestLog | null>(null);

  const input = {
    id: appId,
    limit: PAGE_SIZE,
    ...(before !== undefined && { before }),
    ...(status !== "all" && { status }),
    ...(path !== "" && { path }),
  };
  const requests = useQuery(
    trpc.apps.requests.queryOptions(input, {
      ...dbPolling(before === undefined ? LIVE_POLL_MS : false),
      staleTime: 1_000,
      placeholderData: keepPreviousData,
    }),
  );
  const page = requests.data;
  const goTo = (next: string[]) => setPaging({ key: filterKey, cursors: next });

  return (
    <SectionCard title="Recent requests" description="Newest first, refreshed every 2 seconds" data-testid="requests-section">
      <RequestsToolbar status={status} onStatus={setStatus} path={pathInput} onPath={setPathInput} />
      <div data-testid="requests-table" className="min-h-52">
        {requests.isError && (!page || isUnavailable(requests.error)) ? (
          <QueryProblem error={requests.error} what="the requests" onRetry={() => void requests.refetch()} />
        ) : (
          <RequestsTable
            requests={page?.requests ?? []}
            loading={requests.isPending}
            stale={requests.isPlaceholderData}
            filtered={status !== "all" || path !== ""}
            onOpen={setOpen}
          />
        )}
      </div>
      <RequestsPagination
        page={cursors.length + 1}
        hasOlder={Boolean(page?.nextCursor) && !requests.isPlaceholderData}
        onNewest={() => goTo([])}
        onNewer={() => goTo(cursors.slice(0, -1))}
        onOlder={() => page?.nextCursor && goTo([...cursors, page.nextCursor])}
      />
      <TracebackSheet request={open} onClose={() => setOpen(null)} />
    </SectionCard>
  );
}
