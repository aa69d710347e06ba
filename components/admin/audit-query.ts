"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import type { AuditQueryInput } from "@/components/admin/audit-filters";
import { useTRPC, useTRPCClient } from "@/lib/trpc/react";

/**
 * The audit log for these filters, page after page: each next page asks for events `before` the
 * last one seen. Keyed under `admin.audit`, so invalidating that path refreshes every loaded page.
 */
export function useAuditEvents(input: AuditQueryInput) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  return useInfiniteQuery({
    queryKey: [...trpc.admin.audit.pathKey(), { input, type: "infinite" }],
    queryFn: ({ pageParam, signal }) => client.admin.audit.query(pageParam ? { ...input, before: pageParam } : input, { signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}
