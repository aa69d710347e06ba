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

export const APP_GRID = "md:grid md:grid-cols-[minmax(0,1.4fr)_7rem_minmax(0,1.6fr)_8rem_2.25rem] md:items-center md:gap-4";

export function AppRow({ app }: { app: AppListItem }) {
  const [confirmDelete, setConfirmDelete] = useState(false);
  const editHref = `/apps/${app.id}/edit`;
  return (
    <li data-testid={`app-row-${app.slug}`} className={`relative flex flex-col gap-2 px-4 py-3 hover:bg-muted/40 ${APP_GRID}`}>
      <div className="flex min-w-0 items-start justify-between gap-2">
        <div className="min-w-0">
          <Link
            href={editHref}
            className="block truncate font-medium outline-none after:absolute after:inset-0 hover:underline focus-visible:underline"
            data-testid="app-link"
          >
            {app.name}
          </Link>
          <p className="truncate font-mono text-xs text-muted-foreground">{app.slug}</p>
        </div>
        <StatusBadge status={app.status} data-testid="app-status" className="md:hidden" />
      </div>
      <div className="hidden md:block">
        <StatusBadge status={app.status} data-testid="app-status" />
      </div>
      {/* Links and buttons sit above the row-wide link overlay. */}
      <div className="relative z-10 min-w-0">
        <AppUrl url={app.url} />
      </div>
      <div className="text-sm text-muted-foreground">
        <span className="md:hidden">Deployed </span>
        <RelativeTime date={app.lastDeployAt} fallback="Never deployed" />
      </div>
      <div className="absolute top-2 right-2 z-10 md:static">
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
