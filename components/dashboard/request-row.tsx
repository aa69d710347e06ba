"use client";

import { ChevronRightIcon, SnowflakeIcon } from "lucide-react";
import type { RequestLog } from "@/components/dashboard/types";
import { formatBytes, formatMs } from "@/components/shared/format";
import { formatRelative } from "@/components/shared/relative-time";
import { StatusCode } from "@/components/shared/status-code";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";

export function isFailed(request: RequestLog): boolean {
  return request.status >= 500;
}

/** One served request. A failed one (5xx) opens its exception: the row for the mouse, the end button for the keyboard. */
export function RequestRow({ request, now, onOpen }: { request: RequestLog; now: number; onOpen(request: RequestLog): void }) {
  const failed = isFailed(request);
  const ts = new Date(request.ts);
  return (
    // Mouse users click the row; keyboard users reach the same action through the button in the last cell.
    <tr
      data-testid="request-row"
      data-status={request.status}
      data-path={request.path}
      className={cn("h-10 border-b last:border-b-0 hover:bg-muted/40", failed && "cursor-pointer")}
      onClick={failed ? () => onOpen(request) : undefined}
    >
      <td className="py-2 pr-2 pl-4 whitespace-nowrap text-muted-foreground tabular-nums">
        <time dateTime={ts.toISOString()} title={ts.toLocaleString()}>
          {formatRelative(ts, now)}
        </time>
      </td>
      <td className="hidden px-2 py-2 font-mono text-xs font-semibold sm:table-cell">{request.method}</td>
      <td className="w-full max-w-0 px-2 py-2">
        <div className="flex min-w-0 items-baseline gap-2">
          <span className="shrink-0 font-mono text-xs font-semibold sm:hidden">{request.method}</span>
          <span className="truncate font-mono text-xs" title={request.path} data-testid="request-path">
            {request.path}
          </span>
          {request.error && <span className="hidden truncate text-xs text-destructive md:inline">{request.error.type}</span>}
        </div>
      </td>
      <td className="px-2 py-2">
        <StatusCode status={request.status} />
      </td>
      <td className="px-2 py-2 text-right whitespace-nowrap tabular-nums">
        <span className="inline-flex items-center justify-end gap-1">
          {request.coldStart && (
            <span
              title="Cold start: the app was asleep and woke up for this request"
              className="inline-flex items-center gap-0.5 rounded border border-info/40 px-1 text-[11px] leading-4 text-info"
            >
              <SnowflakeIcon className="size-3" aria-hidden />
              cold<span className="sr-only"> start,</span>
            </span>
          )}
          {formatMs(request.durationMs)}
        </span>
      </td>
      <td className="hidden px-2 py-2 text-right whitespace-nowrap text-muted-foreground tabular-nums sm:table-cell">
        {formatBytes(request.responseBytes)}
      </td>
      <td className="w-10 py-1 pr-3 pl-1 text-right">
        {failed && (
          <Button
            variant="ghost"
            size="icon-xs"
            aria-label={`Show the error of ${request.method} ${request.path}`}
            onClick={(e) => {
              e.stopPropagation();
              onOpen(request);
            }}
          >
            <ChevronRightIcon aria-hidden />
          </Button>
        )}
      </td>
    </tr>
  );
}
