"use client";

import { PencilIcon } from "lucide-react";
import Link from "next/link";
import { AppRowMenu } from "@/components/apps/app-row-menu";
import { AppRowStats } from "@/components/apps/app-row-stats";
import type { FiguresState } from "@/components/apps/use-app-figures";
import { AppUrl } from "@/components/shared/app-url";
import { RelativeTime } from "@/components/shared/relative-time";
import { StatusBadge } from "@/components/shared/status-badge";
import { Button } from "@/components/ui/button";
import { Hint } from "@/components/ui/tooltip";
import type { RouterOutputs } from "@/lib/trpc/react";

export type AppListItem = RouterOutputs["apps"]["list"]["apps"][number];

export const APP_GRID = "lg:grid-cols-[minmax(0,1.2fr)_6.5rem_minmax(0,1.5fr)_11.5rem_6.5rem_4.25rem] lg:items-center lg:gap-4 lg:gap-y-0";

export function AppRow({ app, figures }: { app: AppListItem; figures: FiguresState }) {
  const dashboardHref = `/apps/${app.id}`;
  const editHref = `/apps/${app.id}/edit`;
  // One grid: name | status | actions on phones and tablets (URL, figures and last deploy below), six columns from lg up.
  return (
    <li
      data-testid={`app-row-${app.slug}`}
      className={`relative grid grid-cols-[minmax(0,1fr)_auto_auto] items-center gap-x-2 gap-y-1.5 px-4 py-3 hover:bg-muted/40 ${APP_GRID}`}
    >
      <div className="col-start-1 row-start-1 min-w-0">
        <Link
          href={dashboardHref}
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
      {/* Links, buttons and tooltips sit above the row-wide link overlay. */}
      <div className="relative z-10 col-span-3 row-start-2 min-w-0 lg:col-span-1 lg:col-start-3 lg:row-start-1">
        <AppUrl url={app.url} className="max-w-full" />
      </div>
      <div className="relative z-10 col-span-3 row-start-3 flex w-fit items-center gap-2 lg:col-span-1 lg:col-start-4 lg:row-start-1">
        <span className="text-xs text-muted-foreground lg:hidden">Last 24 h:</span>
        <AppRowStats appId={app.id} slug={app.slug} figures={figures} />
      </div>
      <div className="col-span-3 row-start-4 text-sm text-muted-foreground lg:col-span-1 lg:col-start-5 lg:row-start-1">
        <span className="lg:hidden">Last deploy: </span>
        <RelativeTime date={app.lastDeployAt} fallback="Never" />
      </div>
      <div className="relative z-10 col-start-3 row-start-1 flex items-center justify-end gap-0.5 lg:col-start-6">
        <Hint label="Open editor">
          <Button variant="ghost" size="icon-sm" asChild>
            <Link href={editHref} aria-label={`Edit ${app.name}`} data-testid="app-edit">
              <PencilIcon aria-hidden />
            </Link>
          </Button>
        </Hint>
        <AppRowMenu app={app} />
      </div>
    </li>
  );
}
