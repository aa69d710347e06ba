"use client";

import { useQuery } from "@tanstack/react-query";
import { DatabaseZapIcon } from "lucide-react";
import { useDeferredValue, useState } from "react";
import { UserCreateDialog } from "@/components/admin/user-create-dialog";
import { filterUsers } from "@/components/admin/users-logic";
import { UsersTable } from "@/components/admin/users-table";
import { UsersToolbar } from "@/components/admin/users-toolbar";
import { SectionCard } from "@/components/shared/section-card";
import { QueryProblem } from "@/components/shared/section-states";
import { useTRPC } from "@/lib/trpc/react";

/** Every account on this Kiln: who they are, what they run, and what an admin may do about it. */
export function UsersSection() {
  const trpc = useTRPC();
  const list = useQuery(trpc.admin.users.queryOptions());
  const me = useQuery(trpc.auth.me.queryOptions(undefined, { staleTime: 60_000 }));
  const [search, setSearch] = useState("");
  const query = useDeferredValue(search.trim());
  const users = list.data?.users ?? [];
  const shown = filterUsers(users, query);
  const admins = users.filter((u) => u.role === "admin" && !u.disabled).length;
  const sizesProblem = list.data?.databaseSizesUnavailable ?? null;

  return (
    <SectionCard
      title="Users"
      description={
        list.data ? `${admins} active ${admins === 1 ? "admin" : "admins"}; sign-ins, roles and access` : "Accounts, roles and access"
      }
      actions={<UserCreateDialog />}
      data-testid="users-section"
    >
      <UsersToolbar search={search} onSearch={setSearch} shown={shown.length} total={users.length} />
      <div data-testid="users-table" className="min-h-52">
        {list.isError && !list.data ? (
          <QueryProblem error={list.error} what="the users" onRetry={() => void list.refetch()} />
        ) : (
          <UsersTable users={shown} loading={list.isPending} meId={me.data?.id} search={query} />
        )}
      </div>
      {sizesProblem && (
        <p className="flex items-center gap-2 border-t px-4 py-2 text-xs text-muted-foreground" data-testid="users-db-note">
          <DatabaseZapIcon className="size-3.5 shrink-0" aria-hidden />
          <span>Database sizes are unavailable: {sizesProblem}</span>
        </p>
      )}
    </SectionCard>
  );
}
