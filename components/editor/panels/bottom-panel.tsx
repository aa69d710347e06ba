"use client";

import { ChevronDownIcon, ChevronUpIcon } from "lucide-react";
import type { ValidatorStatus } from "@/components/editor/hooks/use-live-validation";
import { DeployOutput } from "@/components/editor/panels/deploy-output";
import { LogsView } from "@/components/editor/panels/logs-view";
import { ProblemsList } from "@/components/editor/panels/problems-list";
import { Button } from "@/components/ui/button";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { cn } from "@/lib/utils";
import { type BottomTab, usePanelStore } from "@/stores/panel-store";
import type { Problem } from "@/stores/problems-store";

/** Problems | Deploy | Logs under the editor; collapses to its tab strip. */
export function BottomPanel({ appId, problems, validator }: { appId: string; problems: Problem[]; validator: ValidatorStatus }) {
  const tab = usePanelStore((s) => s.bottomTab);
  const open = usePanelStore((s) => s.bottomOpen);
  const { showBottom, setBottomOpen } = usePanelStore.getState();
  return (
    <Tabs
      value={tab}
      onValueChange={(v) => showBottom(v as BottomTab)}
      className={cn("shrink-0 gap-0 border-t bg-background", open ? "h-56" : "h-10")}
    >
      <div className="flex h-10 shrink-0 items-center justify-between px-2">
        <TabsList className="h-8">
          <TabsTrigger value="problems" className="text-xs" data-testid="tab-problems">
            Problems
            {problems.length > 0 && (
              <span className="rounded bg-destructive/15 px-1 text-[11px] font-semibold text-destructive tabular-nums">
                {problems.length}
              </span>
            )}
          </TabsTrigger>
          <TabsTrigger value="deploy" className="text-xs" data-testid="tab-deploy">
            Deploy
          </TabsTrigger>
          <TabsTrigger value="logs" className="text-xs" data-testid="tab-logs">
            Logs
          </TabsTrigger>
        </TabsList>
        <Button variant="ghost" size="icon-xs" aria-label={open ? "Collapse panel" : "Expand panel"} onClick={() => setBottomOpen(!open)}>
          {open ? <ChevronDownIcon aria-hidden /> : <ChevronUpIcon aria-hidden />}
        </Button>
      </div>
      {/* Problems stay mounted (hidden when not shown) so the list is always current and findable. */}
      <TabsContent value="problems" forceMount hidden={!open || tab !== "problems"} className="min-h-0">
        <ProblemsList problems={problems} validator={validator} />
      </TabsContent>
      {open && (
        <>
          <TabsContent value="deploy" className="min-h-0">
            <DeployOutput appId={appId} />
          </TabsContent>
          <TabsContent value="logs" className="min-h-0">
            <LogsView appId={appId} />
          </TabsContent>
        </>
      )}
    </Tabs>
  );
}
