"use client";

import { EllipsisIcon, Loader2Icon, ShieldCheckIcon, ShieldOffIcon, Trash2Icon, UserCheckIcon, UserXIcon } from "lucide-react";
import { useState } from "react";
import { UserDeleteDialog } from "@/components/admin/user-delete-dialog";
import { UserDisableDialog } from "@/components/admin/user-disable-dialog";
import { useUpdateUser } from "@/components/admin/user-mutations";
import type { AdminUser } from "@/components/admin/users-types";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";

/** Role, access and deletion for one user. The server refuses what would leave no active admin. */
export function UserActionsMenu({ user }: { user: AdminUser }) {
  const [dialog, setDialog] = useState<"disable" | "delete" | null>(null);
  const update = useUpdateUser(user.username);
  const isAdmin = user.role === "admin";
  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="ghost" size="icon-sm" aria-label={`Actions for ${user.username}`} data-testid={`user-actions-${user.username}`}>
            {update.isPending ? <Loader2Icon className="animate-spin" aria-hidden /> : <EllipsisIcon aria-hidden />}
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end" className="w-52">
          <DropdownMenuLabel className="truncate text-xs font-normal text-muted-foreground">{user.username}</DropdownMenuLabel>
          <DropdownMenuItem
            data-testid="user-action-role"
            disabled={update.isPending}
            onSelect={() => update.mutate({ id: user.id, role: isAdmin ? "user" : "admin" })}
          >
            {isAdmin ? <ShieldOffIcon aria-hidden /> : <ShieldCheckIcon aria-hidden />}
            {isAdmin ? "Make member" : "Make admin"}
          </DropdownMenuItem>
          {user.disabled ? (
            <DropdownMenuItem
              data-testid="user-action-enable"
              disabled={update.isPending}
              onSelect={() => update.mutate({ id: user.id, disabled: false })}
            >
              <UserCheckIcon aria-hidden /> Enable
            </DropdownMenuItem>
          ) : (
            <DropdownMenuItem data-testid="user-action-disable" onSelect={() => setDialog("disable")}>
              <UserXIcon aria-hidden /> Disable…
            </DropdownMenuItem>
          )}
          <DropdownMenuSeparator />
          <DropdownMenuItem variant="destructive" data-testid="user-action-delete" onSelect={() => setDialog("delete")}>
            <Trash2Icon aria-hidden /> Delete…
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      <UserDisableDialog user={user} open={dialog === "disable"} onOpenChange={(open) => setDialog(open ? "disable" : null)} />
      <UserDeleteDialog user={user} open={dialog === "delete"} onOpenChange={(open) => setDialog(open ? "delete" : null)} />
    </>
  );
}
