"use client";

import { SearchIcon } from "lucide-react";
import { APP_STATUSES, type AppStatus } from "@/components/shared/status-badge";
import { Input } from "@/components/ui/input";
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
      <div className="relative flex-1 sm:max-w-xs">
        <SearchIcon className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground" aria-hidden />
        <Input
          type="search"
          aria-label="Search apps by name"
          data-testid="app-search"
          placeholder="Search apps…"
          className="pl-8"
          value={search}
          onChange={(e) => onSearch(e.target.value)}
        />
      </div>
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
