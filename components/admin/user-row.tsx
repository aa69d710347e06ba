"use client";

import { ShieldIcon } from "lucide-react";
import { UserActionsMenu } from "@/components/admin/user-actions-menu";
import type { AdminUser } from "@/components/admin/users-types";
import { formatBytes } from "@/components/shared/format";
import { RelativeTime } from "@/components/shared/relative-time";
import { Badge } from "@/components/ui/badge";
import { TableCell, TableRow } from "@/components/ui/table";
import { cn } from "@/lib/utils";

export function UserRow({ user, isYou }: { user: AdminUser; isYou: boolean }) {
  return (
    <TableRow
      data-testid={`user-row-${user.username}`}
      data-username={user.username}
      data-role={user.role}
      data-disabled={user.disabled}
      className="h-12"
    >
      <TableCell className="max-w-64">
        <div className="flex min-w-0 items-center gap-2">
          <span className={cn("truncate font-medium", user.disabled && "text-muted-foreground")} title={user.username}>
            {user.username}
          </span>
          {isYou && (
            <Badge variant="outline" data-testid="user-you-badge">
              you
            </Badge>
          )}
          {user.disabled && (
            <Badge variant="destructive" data-testid="user-disabled-badge">
              Disabled
            </Badge>
          )}
        </div>
      </TableCell>
      <TableCell>
        {user.role === "admin" ? (
          <Badge variant="info" data-testid="user-role-badge">
            <ShieldIcon aria-hidden /> Admin
          </Badge>
        ) : (
          <Badge variant="muted" data-testid="user-role-badge">
            Member
          </Badge>
        )}
      </TableCell>
      <TableCell className="text-right tabular-nums" data-testid="user-app-count">
        {user.appCount}
      </TableCell>
      <TableCell className="whitespace-nowrap text-muted-foreground">
        <RelativeTime date={user.lastLoginAt} fallback="Never" />
      </TableCell>
      <TableCell className="hidden whitespace-nowrap text-muted-foreground md:table-cell">
        <RelativeTime date={user.createdAt} />
      </TableCell>
      <TableCell className="hidden text-right whitespace-nowrap tabular-nums sm:table-cell" data-testid="user-db-size">
        {user.databaseSizeBytes === null ? <span className="text-muted-foreground">—</span> : formatBytes(user.databaseSizeBytes)}
      </TableCell>
      <TableCell className="w-12 py-1 text-right">
        <UserActionsMenu user={user} />
      </TableCell>
    </TableRow>
  );
}
