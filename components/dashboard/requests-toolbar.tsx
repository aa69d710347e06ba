"use client";

import { STATUS_CLASSES, type StatusClass } from "@/components/dashboard/types";
import { SearchInput } from "@/components/shared/search-input";
import { cn } from "@/lib/utils";

export type StatusFilter = StatusClass | "all";

const dots: Record<StatusFilter, string> = {
  all: "",
  "2xx": "bg-success",
  "3xx": "bg-info",
  "4xx": "bg-warning",
  "5xx": "bg-destructive",
};

/** Status-class chips (one active at a time) and a path filter. */
export function RequestsToolbar({
  status,
  onStatus,
  path,
  onPath,
}: {
  status: StatusFilter;
  onStatus(value: StatusFilter): void;
  path: string;
  onPath(value: string): void;
}) {
  return (
    <div className="flex flex-col gap-2 border-b px-4 py-2.5 sm:flex-row sm:items-center sm:justify-between">
      <fieldset className="flex flex-wrap items-center gap-1">
        <legend className="sr-only">Filter by status class</legend>
        {(["all", ...STATUS_CLASSES] as const).map((value) => (
          <button
            key={value}
            type="button"
            aria-pressed={status === value}
            data-testid={`status-filter-${value}`}
            onClick={() => onStatus(value)}
            className={cn(
              "inline-flex h-7 items-center gap-1.5 rounded-full border px-2.5 font-mono text-xs font-medium outline-none transition-colors",
              "focus-visible:ring-[3px] focus-visible:ring-ring/50",
              status === value
                ? "border-foreground/20 bg-foreground text-background"
                : "bg-background text-muted-foreground hover:bg-accent hover:text-accent-foreground",
            )}
          >
            {value !== "all" && <span className={cn("size-1.5 rounded-full", dots[value])} aria-hidden />}
            {value === "all" ? <span className="font-sans">All</span> : value}
          </button>
        ))}
      </fieldset>
      <SearchInput
        compact
        className="font-mono text-xs"
        wrapperClassName="sm:w-64"
        aria-label="Filter by path"
        data-testid="requests-path-filter"
        placeholder="Path contains…"
        value={path}
        onValue={onPath}
      />
    </div>
  );
}
