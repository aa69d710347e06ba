import { ChevronLeftIcon, CodeIcon, ExternalLinkIcon } from "lucide-react";
import Link from "next/link";
import { AppHeaderMenu } from "@/components/apps/app-header-menu";
import { AppUrl } from "@/components/shared/app-url";
import { type AppStatus, StatusBadge } from "@/components/shared/status-badge";
import { Button } from "@/components/ui/button";

/** Name, status, URL and the ways out: the app itself, its editor, and a copy (clone, template). */
export function DashboardHeader({ app }: { app: { id: string; name: string; slug: string; status: AppStatus; url: string } }) {
  return (
    <header className="flex flex-wrap items-end justify-between gap-4">
      <div className="grid min-w-0 gap-1">
        <Link
          href="/"
          className="inline-flex w-fit items-center gap-1 rounded-sm text-xs text-muted-foreground outline-none hover:text-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50"
        >
          <ChevronLeftIcon className="size-3.5" aria-hidden /> All apps
        </Link>
        <div className="flex min-w-0 items-center gap-3">
          <h1 className="truncate text-2xl font-semibold tracking-tight" data-testid="dashboard-name">
            {app.name}
          </h1>
          <StatusBadge status={app.status} data-testid="dashboard-status" />
        </div>
        <AppUrl url={app.url} testId="dashboard-url" className="max-w-full" />
      </div>
      <div className="flex shrink-0 items-center gap-2">
        <Button variant="outline" size="sm" asChild>
          <a href={app.url} target="_blank" rel="noreferrer">
            <ExternalLinkIcon aria-hidden /> Open app
          </a>
        </Button>
        <Button size="sm" asChild>
          <Link href={`/apps/${app.id}/edit`} data-testid="open-editor">
            <CodeIcon aria-hidden /> Open editor
          </Link>
        </Button>
        <AppHeaderMenu app={app} />
      </div>
    </header>
  );
}
