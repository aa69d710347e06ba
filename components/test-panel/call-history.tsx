"use client";

import { RelativeTime } from "@/components/shared/relative-time";
import { StatusCode } from "@/components/shared/status-code";
import { Button } from "@/components/ui/button";
import { type HistoryEntry, useTestPanelStore } from "@/stores/test-panel-store";

const EMPTY: HistoryEntry[] = [];

/** The last 20 calls to this app (kept in this browser); a click puts one back in the form. */
export function CallHistory({ appId }: { appId: string }) {
  const history = useTestPanelStore((s) => s.history[appId] ?? EMPTY);
  if (history.length === 0) return <p className="text-sm text-muted-foreground">Calls you send appear here.</p>;
  return (
    <div className="grid gap-2">
      <ul className="grid gap-0.5" aria-label="Call history" data-testid="test-history">
        {history.map((entry) => (
          <li key={entry.id}>
            <button
              type="button"
              className="flex w-full items-center gap-2 rounded-md px-2 py-1.5 text-left text-xs outline-none hover:bg-accent focus-visible:ring-[3px] focus-visible:ring-ring/50"
              onClick={() => useTestPanelStore.getState().restore(appId, entry)}
            >
              <span className="w-12 shrink-0 font-mono font-semibold">{entry.request.method}</span>
              <span className="min-w-0 flex-1 truncate font-mono">{entry.request.path}</span>
              {entry.response ? <StatusCode status={entry.response.status} /> : <span className="text-destructive">error</span>}
              <span className="w-16 shrink-0 text-right text-muted-foreground">
                <RelativeTime date={entry.at} />
              </span>
            </button>
          </li>
        ))}
      </ul>
      <Button
        variant="ghost"
        size="xs"
        className="w-fit text-muted-foreground"
        onClick={() => useTestPanelStore.getState().clearHistory(appId)}
      >
        Clear history
      </Button>
    </div>
  );
}
