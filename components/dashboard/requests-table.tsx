"use client";

import { ActivityIcon } from "lucide-react";
import { RequestRow } from "@/components/dashboard/request-row";
import type { RequestLog } from "@/components/dashboard/types";
import { EmptyState } from "@/components/shared/section-states";
import { useNow } from "@/components/shared/use-now";
import { Skeleton } from "@/components/ui/skeleton";
import { cn } from "@/lib/utils";

const SKELETON_ROWS = ["a", "b", "c", "d", "e"];

const head = "px-2 py-2 text-left text-xs font-medium text-muted-foreground";

export function RequestsTable({
  requests,
  loading,
  stale,
  filtered,
  onOpen,
}: {
  requests: RequestLog[];
  loading: boolean;
  /** Showing the previous answer while a new filter or page loads. */
  stale: boolean;
  filtered: boolean;
  onOpen(request: RequestLog): void;
}) {
  const now = useNow(10_000);
  if (!loading && requests.length === 0) {
    return filtered ? (
      <EmptyState icon={<ActivityIcon aria-hidden />} title="No requests match these filters" />
    ) : (
      <EmptyState icon={<ActivityIcon aria-hidden />} title="No requests yet">
        Call the app (from its URL or the editor&apos;s test panel) and each request shows up here within a couple of seconds.
      </EmptyState>
    );
  }
  return (
    <div className="relative overflow-x-auto">
      <table className={cn("w-full text-sm transition-opacity", stale && "opacity-60")} aria-busy={loading || stale}>
        <caption className="sr-only">Recent requests, newest first</caption>
        <thead className="border-b bg-muted/40">
          <tr>
            <th scope="col" className={cn(head, "pl-4")}>
              Time
            </th>
            <th scope="col" className={cn(head, "hidden sm:table-cell")}>
              Method
            </th>
            <th scope="col" className={head}>
              Path
            </th>
            <th scope="col" className={head}>
              Status
            </th>
            <th scope="col" className={cn(head, "text-right")}>
              Latency
            </th>
            <th scope="col" className={cn(head, "hidden text-right sm:table-cell")}>
              Size
            </th>
            <th scope="col" className={cn(head, "pr-3")}>
              <span className="sr-only">Details</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {loading
            ? SKELETON_ROWS.map((key) => (
                <tr key={key} className="h-10 border-b last:border-b-0">
                  <td colSpan={7} className="px-4">
                    <Skeleton className="h-4 w-full" />
                  </td>
                </tr>
              ))
            : requests.map((r) => <RequestRow key={r.id} request={r} now={now} onOpen={onOpen} />)}
        </tbody>
      </table>
    </div>
  );
}
