"use client";

import { UsersIcon } from "lucide-react";
import { UserRow } from "@/components/admin/user-row";
import type { AdminUser } from "@/components/admin/users-types";
import { EmptyState } from "@/components/shared/section-states";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

const SKELETON_ROWS = ["a", "b", "c", "d"];

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
        {loading
          ? SKELETON_ROWS.map((key) => (
              <TableRow key={key} className="h-12">
                <TableCell colSpan={7}>
                  <Skeleton className="h-4 w-full" />
                </TableCell>
              </TableRow>
            ))
          : users.map((user) => <UserRow key={user.id} user={user} isYou={user.id === meId} />)}
      </TableBody>
    </Table>
  );
}
