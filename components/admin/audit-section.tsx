"use client";

import { RotateCwIcon } from "lucide-react";
import { useState } from "react";
import {
  type AuditFilters,
  auditQueryInput,
  DEFAULT_AUDIT_FILTERS,
  narrowsBeyondPeriod,
  sinceLabel,
} from "@/components/admin/audit-filters";
import { AuditLoadMore } from "@/components/admin/audit-load-more";
import { useAuditEvents } from "@/components/admin/audit-query";
import { AuditTable } from "@/components/admin/audit-table";
import { AuditToolbar } from "@/components/admin/audit-toolbar";
import { SectionCard } from "@/components/shared/section-card";
import { QueryProblem } from "@/components/shared/section-states";
import { useDebouncedValue } from "@/components/shared/use-debounced-value";
import { Button } from "@/components/ui/button";

/** Admin actions and security events, newest first, filtered and paged back in time. */
export function AuditSection() {
  const [filters, setFilters] = useState<AuditFilters>(DEFAULT_AUDIT_FILTERS);
  // The period counts back from this moment; it moves on when the period changes or on Refresh.
  const [anchor, setAnchor] = useState(() => Date.now());
  const actor = useDebouncedValue(filters.actor, 300);
  const audit = useAuditEvents(auditQueryInput({ ...filters, actor }, anchor));
  const events = audit.data?.pages.flatMap((p) => p.events) ?? [];

  function change(next: AuditFilters) {
    if (next.since !== filters.since) setAnchor(Date.now());
    setFilters(next);
  }

  return (
    <SectionCard
      title="Audit log"
      description="Sign-ins, admin actions and deletions, newest first"
      actions={
        <Button variant="outline" size="xs" onClick={() => setAnchor(Date.now())} disabled={audit.isFetching} data-testid="audit-refresh">
          <RotateCwIcon className={audit.isFetching ? "animate-spin" : undefined} aria-hidden /> Refresh
        </Button>
      }
      data-testid="audit-section"
    >
      <AuditToolbar filters={filters} onChange={change} />
      <div data-testid="audit-table" className="min-h-52">
        {audit.isError && !audit.data ? (
          <QueryProblem error={audit.error} what="the audit log" onRetry={() => void audit.refetch()} />
        ) : (
          <AuditTable
            events={events}
            loading={audit.isPending}
            stale={audit.isPlaceholderData}
            emptyTitle={narrowsBeyondPeriod(filters) ? "No events match these filters" : `No events in the ${sinceLabel(filters.since)}`}
          />
        )}
      </div>
      <AuditLoadMore
        count={audit.isPlaceholderData ? 0 : events.length}
        hasMore={audit.hasNextPage && !audit.isPlaceholderData}
        loading={audit.isFetchingNextPage}
        onLoadMore={() => void audit.fetchNextPage()}
      />
    </SectionCard>
  );
}
