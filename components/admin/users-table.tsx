"use client";

import { UsersIcon } from "lucide-react";
import { UserRow } from "@/components/admin/user-row";
import type { AdminUser } from "@/components/admin/users-types";
import { EmptyState } from "@/components/shared/section-states";
import { SkeletonRows } from "@/components/shared/skeleton-rows";
import { Table, TableBody, TableHead, TableHeader, TableRow } from "@/components/ui/table";

export function UsersTable({
  users,
  loading,
  meId,
  search,
}: {
  users: AdminUser[];
  loading: boolean;
  meId: string | undefined;
  /** The search text, when the list is narrowed by one. */
  search: string;
}) {
  if (!loading && users.length === 0) {
    return search ? (
      <EmptyState icon={<UsersIcon aria-hidden />} title={`No users match “${search}”`} />
    ) : (
      <EmptyState icon={<UsersIcon aria-hidden />} title="No users yet" />
    );
  }
  return (
    <Table aria-busy={loading}>
      <caption className="sr-only">Users</caption>
      <TableHeader>
        <TableRow>
          <TableHead>User</TableHead>
          <TableHead>Role</TableHead>
          <TableHead className="text-right">Apps</TableHead>
          <TableHead>Last sign-in</TableHead>
          <TableHead className="hidden md:table-cell">Created</TableHead>
          <TableHead className="hidden text-right sm:table-cell">Database</TableHead>
          <TableHead>
            <span className="sr-only">Actions</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {loading ? <SkeletonRows columns={7} /> : users.map((user) => <UserRow key={user.id} user={user} isYou={user.id === meId} />)}
      </TableBody>
    </Table>
  );
}
