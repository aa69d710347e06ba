"use client";

import { SearchIcon } from "lucide-react";
import { Input } from "@/components/ui/input";

/** Search by username (in the browser: the whole list is already here). */
export function UsersToolbar({
  search,
  onSearch,
  shown,
  total,
}: {
  search: string;
  onSearch(value: string): void;
  shown: number;
  total: number;
}) {
  return (
    <div className="flex flex-col gap-2 border-b px-4 py-2.5 sm:flex-row sm:items-center sm:justify-between">
      <div className="relative sm:w-64">
        <SearchIcon className="pointer-events-none absolute top-1/2 left-2.5 size-3.5 -translate-y-1/2 text-muted-foreground" aria-hidden />
        <Input
          type="search"
          aria-label="Search users by username"
          data-testid="users-search"
          placeholder="Search users…"
          spellCheck={false}
          autoComplete="off"
          className="h-8 pl-8 text-sm"
          value={search}
          onChange={(e) => onSearch(e.target.value)}
        />
      </div>
      <p className="text-xs text-muted-foreground" aria-live="polite" data-testid="users-count">
        {shown === total ? `${total} ${total === 1 ? "user" : "users"}` : `${shown} of ${total} users`}
      </p>
    </div>
  );
}
