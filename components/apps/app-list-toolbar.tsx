"use client";

import { SearchInput } from "@/components/shared/search-input";
import { APP_STATUSES, type AppStatus } from "@/components/shared/status-badge";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";

export type StatusFilter = AppStatus | "all";

export function AppListToolbar({
  search,
  onSearch,
  status,
  onStatus,
}: {
  search: string;
  onSearch(value: string): void;
  status: StatusFilter;
  onStatus(value: StatusFilter): void;
}) {
  return (
    <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
      <SearchInput
        wrapperClassName="flex-1 sm:max-w-xs"
        aria-label="Search apps by name"
        data-testid="app-search"
        placeholder="Search apps…"
        value={search}
        onValue={onSearch}
      />
      <Select value={status} onValueChange={(v) => onStatus(v as StatusFilter)}>
        <SelectTrigger aria-label="Filter by status" data-testid="app-status-filter" className="w-full sm:w-40">
          <SelectValue />
        </SelectTrigger>
        <SelectContent>
          <SelectItem value="all">All statuses</SelectItem>
          {APP_STATUSES.map((s) => (
            <SelectItem key={s} value={s} className="capitalize">
              {s}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
    </div>
  );
}
