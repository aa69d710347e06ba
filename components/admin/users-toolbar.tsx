"use client";

import { SearchInput } from "@/components/shared/search-input";

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
      <SearchInput
        compact
        wrapperClassName="sm:w-64"
        aria-label="Search users by username"
        data-testid="users-search"
        placeholder="Search users…"
        autoComplete="off"
        className="text-sm"
        value={search}
        onValue={onSearch}
      />
      <p className="text-xs text-muted-foreground" aria-live="polite" data-testid="users-count">
        {shown === total ? `${total} ${total === 1 ? "user" : "users"}` : `${shown} of ${total} users`}
      </p>
    </div>
  );
}
