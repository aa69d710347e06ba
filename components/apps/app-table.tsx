import { APP_GRID, type AppListItem, AppRow } from "@/components/apps/app-row";
import type { FiguresState } from "@/components/apps/use-app-figures";

export function AppTable({ apps, figures }: { apps: AppListItem[]; figures: FiguresState }) {
  return (
    <div className="overflow-hidden rounded-xl border bg-card">
      <div className={`hidden border-b bg-muted/40 px-4 py-2 text-xs font-medium text-muted-foreground lg:grid ${APP_GRID}`} aria-hidden>
        <span>Name</span>
        <span>Status</span>
        <span>URL</span>
        <span>Last 24 h</span>
        <span>Last deploy</span>
        <span />
      </div>
      <ul className="divide-y" aria-label="Apps">
        {apps.map((app) => (
          <AppRow key={app.id} app={app} figures={figures} />
        ))}
      </ul>
    </div>
  );
}
