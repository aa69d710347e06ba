"use client";

import { ACTION_OPTIONS, type AuditFilters, SINCE_OPTIONS, type SinceRange } from "@/components/admin/audit-filters";
import { SearchInput } from "@/components/shared/search-input";
import { Select, SelectContent, SelectGroup, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Separator } from "@/components/ui/separator";

const families = ACTION_OPTIONS.filter((o) => o.group !== "action");
const actions = ACTION_OPTIONS.filter((o) => o.group === "action");

/** Which events: an action family or one action, who did it, and how far back. */
export function AuditToolbar({ filters, onChange }: { filters: AuditFilters; onChange(next: AuditFilters): void }) {
  return (
    <div className="flex flex-col gap-2 border-b px-4 py-2.5 sm:flex-row sm:flex-wrap sm:items-center">
      <Select value={filters.action} onValueChange={(action) => onChange({ ...filters, action })}>
        <SelectTrigger size="sm" aria-label="Filter by action" data-testid="audit-action-filter" className="w-full sm:w-56">
          <SelectValue />
        </SelectTrigger>
        <SelectContent>
          <SelectGroup>
            {families.map((o) => (
              <SelectItem key={o.value} value={o.value}>
                {o.label}
              </SelectItem>
            ))}
          </SelectGroup>
          <Separator className="my-1" />
          <SelectGroup>
            {actions.map((o) => (
              <SelectItem key={o.value} value={o.value}>
                <span>{o.label}</span>
                <span className="ml-1.5 font-mono text-[11px] text-muted-foreground">{o.value}</span>
              </SelectItem>
            ))}
          </SelectGroup>
        </SelectContent>
      </Select>
      <SearchInput
        compact
        wrapperClassName="sm:w-48"
        aria-label="Filter by who acted (username)"
        data-testid="audit-actor-filter"
        placeholder="Username…"
        autoComplete="off"
        className="text-sm"
        value={filters.actor}
        onValue={(actor) => onChange({ ...filters, actor })}
      />
      <Select value={filters.since} onValueChange={(since) => onChange({ ...filters, since: since as SinceRange })}>
        <SelectTrigger size="sm" aria-label="Period" data-testid="audit-since-filter" className="w-full sm:w-40">
          <SelectValue />
        </SelectTrigger>
        <SelectContent>
          {SINCE_OPTIONS.map((o) => (
            <SelectItem key={o.value} value={o.value}>
              {o.label}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
    </div>
  );
}
