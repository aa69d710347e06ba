"use client";

import { EllipsisIcon, ExternalLinkIcon, PencilIcon, Trash2Icon } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { DeleteAppDialog } from "@/components/apps/delete-app-dialog";
import { AppUrl } from "@/components/shared/app-url";
import { RelativeTime } from "@/components/shared/relative-time";
import { StatusBadge } from "@/components/shared/status-badge";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import type { RouterOutputs } from "@/lib/trpc/react";

export type AppListItem = RouterOutputs["apps"]["list"]["apps"][number];

export const APP_GRID = "md:grid-cols-[minmax(0,1.4fr)_7rem_minmax(0,1.6fr)_8rem_2.25rem] md:items-center md:gap-4";

export function AppRow({ app }: { app: AppListItem }) {
  const [confirmDelete, setConfirmDelete] = useState(false);
  const editHref = `/apps/${app.id}/edit`;
  // One grid: name | status | menu on phones (URL and last deploy below), five columns from md up.
  return (
    <li
      data-testid={`app-row-${app.slug}`}
      className={`relative grid grid-cols-[minmax(0,1fr)_auto_auto] items-center gap-x-2 gap-y-1.5 px-4 py-3 hover:bg-muted/40 ${APP_GRID}`}
    >
      <div className="col-start-1 row-start-1 min-w-0">
        <Link
          href={editHref}
          className="block truncate font-medium outline-none after:absolute after:inset-0 hover:underline focus-visible:underline"
          data-testid="app-link"
        >
          {app.name}
        </Link>
        <p className="truncate font-mono text-xs text-muted-foreground">{app.slug}</p>
      </div>
      <div className="col-start-2 row-start-1">
        <StatusBadge status={app.status} data-testid="app-status" />
      </div>
      {/* Links and buttons sit above the row-wide link overlay. */}
      <div className="relative z-10 col-span-3 row-start-2 min-w-0 md:col-span-1 md:col-start-3 md:row-start-1">
        <AppUrl url={app.url} />
      </div>
      <div className="col-span-3 row-start-3 text-sm text-muted-foreground md:col-span-1 md:col-start-4 md:row-start-1">
        <span className="md:hidden">Last deploy: </span>
        <RelativeTime date={app.lastDeployAt} fallback="Never" />
      </div>
      <div className="relative z-10 col-start-3 row-start-1 md:col-start-5">
        <DropdownMenu>
          <DropdownMenuTrigger asChild>
            <Button variant="ghost" size="icon-sm" aria-label={`Actions for ${app.name}`}>
              <EllipsisIcon aria-hidden />
            </Button>
          </DropdownMenuTrigger>
          <DropdownMenuContent align="end">
            <DropdownMenuItem asChild>
              <Link href={editHref}>
                <PencilIcon aria-hidden /> Open editor
              </Link>
            </DropdownMenuItem>
            <DropdownMenuItem asChild>
              <a href={app.url} target="_blank" rel="noreferrer">
                <ExternalLinkIcon aria-hidden /> Open app
              </a>
            </DropdownMenuItem>
            <DropdownMenuSeparator />
            <DropdownMenuItem variant="destructive" onSelect={() => setConfirmDelete(true)}>
              <Trash2Icon aria-hidden /> Delete…
            </DropdownMenuItem>
          </DropdownMenuContent>
        </DropdownMenu>
      </div>
      <DeleteAppDialog app={app} open={confirmDelete} onOpenChange={setConfirmDelete} />
    </li>
  );
}
