/** The audit log's filters and the `admin.audit` input they ask for; unit tested. */
import { AUDIT_ACTIONS, AUDIT_FAMILIES, actionLabel } from "@/components/admin/audit-actions";

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

export const AUDIT_PAGE_SIZE = 50;

/** Records are deleted after this many days (server/services/audit.ts). */
export const AUDIT_RETENTION_DAYS = 90;

export const SINCE_OPTIONS = [
  { value: "24h", label: "Last 24 hours", ms: DAY },
  { value: "7d", label: "Last 7 days", ms: 7 * DAY },
  { value: "30d", label: "Last 30 days", ms: 30 * DAY },
  { value: "90d", label: "Last 90 days", ms: 90 * DAY },
] as const;

export type SinceRange = (typeof SINCE_OPTIONS)[number]["value"];

export interface AuditFilters {
  /** "all", a family ending in a dot ("auth."), or one exact action. */
  action: string;
  /** A username, as typed. */
  actor: string;
  since: SinceRange;
}

export const DEFAULT_AUDIT_FILTERS: AuditFilters = { action: "all", actor: "", since: "7d" };

/** The action select: everything, the families, then every exact action. */
export const ACTION_OPTIONS: readonly { value: string; label: string; group: "all" | "family" | "action" }[] = [
  { value: "all", label: "All actions", group: "all" },
  ...AUDIT_FAMILIES.map((f) => ({ value: f.value, label: f.label, group: "family" as const })),
  ...AUDIT_ACTIONS.map((a) => ({ value: a, label: actionLabel(a), group: "action" as const })),
];

export interface AuditQueryInput {
  action?: string;
  actor?: string;
  since: Date;
  limit: number;
}

/** The query for these filters, the period counted back from `now`; empty filters are left out. */
export function auditQueryInput(filters: AuditFilters, now: number, limit = AUDIT_PAGE_SIZE): AuditQueryInput {
  const range = SINCE_OPTIONS.find((o) => o.value === filters.since) ?? SINCE_OPTIONS[1];
  const actor = filters.actor.trim().toLowerCase().slice(0, 64);
  return {
    ...(filters.action !== "all" && filters.action !== "" && { action: filters.action }),
    ...(actor !== "" && { actor }),
    since: new Date(now - range.ms),
    limit,
  };
}

/** Whether anything beyond the period narrows the list (for the empty state's wording). */
export function narrowsBeyondPeriod(filters: AuditFilters): boolean {
  return (filters.action !== "all" && filters.action !== "") || filters.actor.trim() !== "";
}

export function sinceLabel(since: SinceRange): string {
  return (SINCE_OPTIONS.find((o) => o.value === since)?.label ?? since).toLowerCase();
}
