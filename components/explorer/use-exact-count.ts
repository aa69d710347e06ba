"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/lib/trpc/react";

/**
 * An exact document count, fetched only on request (counting a big collection is not free). A
 * count already in the cache (asked for elsewhere: the sidebar, the header) shows at once.
 */
export function useExactCount(db: string, collection: string, filter = "") {
  const trpc = useTRPC();
  const target = JSON.stringify([db, collection, filter]);
  const [requested, setRequested] = useState<string | null>(null);
  const enabled = requested === target;
  const input = { db, collection, ...(filter !== "" && { filter }) };
  const count = useQuery(trpc.data.count.queryOptions(input, { enabled, staleTime: 30_000 }));
  return {
    count: count.data?.count,
    pending: count.isFetching,
    error: count.isError ? count.error : null,
    request: () => {
      if (enabled) void count.refetch();
      else setRequested(target);
    },
  };
}
