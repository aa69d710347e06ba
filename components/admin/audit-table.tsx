"use client";

import { ScrollTextIcon } from "lucide-react";
import { AuditRow } from "@/components/admin/audit-row";
import type { AuditEvent } from "@/components/admin/audit-types";
import { EmptyState } from "@/components/shared/section-states";
import { SkeletonRows } from "@/components/shared/skeleton-rows";
import { useNow } from "@/components/shared/use-now";
import { Table, TableBody, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { cn } from "@/lib/utils";

export function AuditTable({
  events,
  loading,
  stale,
  emptyTitle,
}: {
  events: AuditEvent[];
  loading: boolean;
  /** Showing the previous filters' events while the new ones load. */
  stale: boolean;
  emptyTitle: string;
}) {
  const now = useNow(30_000);
  if (!loading && events.length === 0) {
    return (
      <EmptyState icon={<ScrollTextIcon aria-hidden />} title={emptyTitle}>
        Sign-ins, failed sign-ins, admin changes and deletions are recorded here.
      </EmptyState>
    );
  }
  return (
    <Table className={cn("transition-opacity", stale && "opacity-60")} aria-busy={loading || stale}>
      <caption className="sr-only">Audit events, newest first</caption>
      <TableHeader>
        <TableRow>
          <TableHead>When</TableHead>
          <TableHead>Action</TableHead>
          <TableHead>Who</TableHead>
          <TableHead>Target</TableHead>
          <TableHead className="hidden sm:table-cell">From</TableHead>
          <TableHead>Details</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>{loading ? <SkeletonRows columns={6} /> : events.map((e) => <AuditRow key={e.id} event={e} now={now} />)}</TableBody>
    </Table>
  );
}
