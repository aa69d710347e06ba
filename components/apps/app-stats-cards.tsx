"use client";

import type { StatusFilter } from "@/components/apps/app-list-toolbar";
import type { AppStatus } from "@/components/shared/status-badge";
import { cn } from "@/lib/utils";

type CardKey = "running" | "sleeping" | "error" | "total";

const CARDS: { key: CardKey; label: string; dot: string }[] = [
  { key: "running", label: "Running", dot: "bg-success" },
  { key: "sleeping", label: "Sleeping", dot: "bg-muted-foreground" },
  { key: "error", label: "Error", dot: "bg-destructive" },
  { key: "total", label: "Total", dot: "" },
];

/** Counts by status that double as the status filter: click one to show only those apps, again to show all. */
export function AppStatsCards({
  apps,
  status,
  onStatus,
  className,
}: {
  apps: { status: AppStatus }[];
  status: StatusFilter;
  onStatus(value: StatusFilter): void;
  className?: string;
}) {
  const count = (key: CardKey) => (key === "total" ? apps.length : apps.filter((a) => a.status === key).length);
  return (
    <fieldset className={cn("grid grid-cols-2 gap-3 md:grid-cols-4", className)}>
      <legend className="sr-only">Show apps by status</legend>
      {CARDS.map((card) => {
        const filter: StatusFilter = card.key === "total" ? "all" : card.key;
        const active = status === filter;
        return (
          <button
            key={card.key}
            type="button"
            aria-pressed={active}
            data-testid={`stats-card-${card.key}`}
            onClick={() => onStatus(active ? "all" : filter)}
            className={cn(
              "grid gap-1 rounded-xl border bg-card px-4 py-3 text-left shadow-sm outline-none transition-colors",
              "hover:bg-accent/60 focus-visible:ring-[3px] focus-visible:ring-ring/50",
              active && "border-primary/50 bg-primary/5 ring-1 ring-primary/40 hover:bg-primary/10",
            )}
          >
            <span className="inline-flex items-center gap-1.5 text-xs font-medium text-muted-foreground">
              {card.dot && <span className={cn("size-1.5 rounded-full", card.dot)} aria-hidden />}
              {card.label}
            </span>
            <span className="text-2xl font-semibold tracking-tight tabular-nums">{count(card.key)}</span>
          </button>
        );
      })}
    </fieldset>
  );
}
