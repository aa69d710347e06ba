"use client";

import { actionLabel, actionTone } from "@/components/admin/audit-actions";
import { AuditDetailCell } from "@/components/admin/audit-detail-cell";
import type { AuditEvent } from "@/components/admin/audit-types";
import { formatRelative } from "@/components/shared/relative-time";
import { TableCell, TableRow } from "@/components/ui/table";
import { cn } from "@/lib/utils";

const when = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "medium" });

const dot = { destructive: "bg-destructive", warning: "bg-warning", muted: "bg-muted-foreground/50" } as const;

function Dash() {
  return <span className="text-muted-foreground">—</span>;
}

/** One audit record: when, what, who, on what, from where, and the rest of what the server noted. */
export function AuditRow({ event, now }: { event: AuditEvent; now: number }) {
  const at = new Date(event.at);
  const tone = actionTone(event.action);
  return (
    <TableRow data-testid="audit-row" data-action={event.action} data-actor={event.actorName ?? ""} className="[&>td]:align-top">
      <TableCell className="whitespace-nowrap">
        <time dateTime={at.toISOString()} className="grid tabular-nums">
          <span className="text-xs">{when.format(at)}</span>
          <span className="text-xs text-muted-foreground">{formatRelative(at, now)}</span>
        </time>
      </TableCell>
      <TableCell>
        <div className="flex items-baseline gap-2">
          <span className={cn("size-1.5 shrink-0 translate-y-[-1px] rounded-full", dot[tone])} aria-hidden />
          <div className="grid min-w-0">
            <span className={cn("font-medium whitespace-nowrap", tone === "destructive" && "text-destructive")}>
              {actionLabel(event.action)}
            </span>
            <code className="font-mono text-[11px] text-muted-foreground">{event.action}</code>
          </div>
        </div>
      </TableCell>
      <TableCell className="max-w-40 truncate" data-testid="audit-actor">
        {event.actorName ? (
          <span title={event.actorId ? undefined : "Not signed in: the username they tried"}>{event.actorName}</span>
        ) : (
          <Dash />
        )}
      </TableCell>
      <TableCell className="max-w-48" data-testid="audit-target">
        {event.targetType ? (
          <div className="grid min-w-0">
            <span className="truncate" title={event.targetName ?? event.targetId ?? undefined}>
              {event.targetName ?? event.targetId ?? event.targetType}
            </span>
            <span className="text-[11px] text-muted-foreground">{event.targetType}</span>
          </div>
        ) : (
          <Dash />
        )}
      </TableCell>
      <TableCell className="hidden whitespace-nowrap font-mono text-xs text-muted-foreground sm:table-cell" data-testid="audit-ip">
        {event.ip || <Dash />}
      </TableCell>
      <TableCell className="w-full max-w-0 min-w-48">
        <AuditDetailCell detail={event.detail} />
      </TableCell>
    </TableRow>
  );
}
