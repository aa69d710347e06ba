import { isAppStatus, statusCounts } from "@/components/admin/overview-format";
import { StatusBadge } from "@/components/shared/status-badge";
import { Badge } from "@/components/ui/badge";

/** A badge per status that has apps, with its count. */
export function AppsByStatus({ byStatus }: { byStatus: Record<string, number> }) {
  const counts = statusCounts(byStatus);
  if (counts.length === 0) return <span>No apps yet</span>;
  return (
    <ul className="flex flex-wrap gap-1.5" aria-label="Apps by status">
      {counts.map(({ status, count }) => (
        <li key={status} className="inline-flex items-center gap-1" data-testid={`apps-status-${status}`}>
          {isAppStatus(status) ? <StatusBadge status={status} /> : <Badge variant="outline">{status}</Badge>}
          <span className="tabular-nums text-foreground">{count}</span>
        </li>
      ))}
    </ul>
  );
}
