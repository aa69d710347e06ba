import { Loader2Icon } from "lucide-react";
import { AUDIT_RETENTION_DAYS } from "@/components/admin/audit-filters";
import { Button } from "@/components/ui/button";

/** How many events are on screen, the way to older ones, and how long records are kept. */
export function AuditLoadMore({
  count,
  hasMore,
  loading,
  onLoadMore,
}: {
  count: number;
  hasMore: boolean;
  loading: boolean;
  onLoadMore(): void;
}) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-2 border-t px-4 py-2">
      <p className="text-xs text-muted-foreground" aria-live="polite" data-testid="audit-count">
        {count === 0 ? "" : `${count} ${count === 1 ? "event" : "events"}${hasMore ? " so far" : ""} · `}
        Records are kept {AUDIT_RETENTION_DAYS} days.
      </p>
      {hasMore && (
        <Button variant="outline" size="xs" onClick={onLoadMore} disabled={loading} data-testid="audit-load-more">
          {loading && <Loader2Icon className="animate-spin" aria-hidden />}
          Load older events
        </Button>
      )}
    </div>
  );
}
