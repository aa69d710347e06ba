"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { HistoryIcon } from "lucide-react";
import { useEffect } from "react";
import { CompareView } from "@/components/editor/history/compare-view";
import { HistoryList } from "@/components/editor/history/history-list";
import { useHistoryStore } from "@/components/editor/history/history-store";
import type { AppDetail } from "@/components/editor/hooks/use-editor-session";
import { Button } from "@/components/ui/button";
import { Sheet, SheetContent, SheetTrigger } from "@/components/ui/sheet";
import { Hint } from "@/components/ui/tooltip";
import { useTRPC } from "@/lib/trpc/react";
import { cn } from "@/lib/utils";
import { useDeployStore } from "@/stores/deploy-store";

/** The editor's History drawer: versions on the right; widens into a side-by-side diff to compare. */
export function HistorySheet({ app }: { app: AppDetail }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const open = useHistoryStore((s) => s.open);
  const compare = useHistoryStore((s) => s.compare);
  const versions = useQuery(trpc.apps.versions.queryOptions({ id: app.id }, { enabled: open }));

  // A deploy or rollback adds a version or moves the live badge: the list is stale from then on.
  const deploymentId = useDeployStore((s) => (s.appId === app.id ? s.deploymentId : null));
  const phase = useDeployStore((s) => (s.appId === app.id ? s.phase : null));
  const liveId = app.deployedVersion?.id ?? null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: each of these marks a change in the history
  useEffect(() => {
    void queryClient.invalidateQueries(trpc.apps.versions.queryFilter({ id: app.id }));
  }, [app.id, deploymentId, phase, liveId, queryClient, trpc]);

  // The drawer belongs to this app's editor: closed when leaving it.
  useEffect(() => () => useHistoryStore.getState().close(), []);

  return (
    <Sheet open={open} onOpenChange={(next) => (next ? useHistoryStore.getState().showList() : useHistoryStore.getState().close())}>
      <Hint label="History: versions, compare, roll back">
        <SheetTrigger asChild>
          <Button variant="ghost" size="icon-sm" aria-label="History" data-testid="history-button">
            <HistoryIcon aria-hidden />
          </Button>
        </SheetTrigger>
      </Hint>
      <SheetContent
        data-testid="history-sheet"
        data-view={compare ? "compare" : "list"}
        className={cn("gap-0 transition-[width,max-width]", compare ? "w-[96vw] sm:max-w-[1400px]" : "w-full sm:max-w-md")}
      >
        {compare ? (
          <CompareView appId={app.id} compare={compare} versions={versions.data?.versions ?? []} />
        ) : (
          <HistoryList app={app} versions={versions} />
        )}
      </SheetContent>
    </Sheet>
  );
}
