"use client";

import { ChevronLeftIcon, GaugeIcon, PanelRightOpenIcon } from "lucide-react";
import Link from "next/link";
import { EnvSheet } from "@/components/editor/env/env-sheet";
import { HistorySheet } from "@/components/editor/history/history-sheet";
import { useHistoryStore } from "@/components/editor/history/history-store";
import { DRAFT, versionSide } from "@/components/editor/history/version-labels";
import type { AppDetail } from "@/components/editor/hooks/use-editor-session";
import { AppNameInput } from "@/components/editor/top-bar/app-name-input";
import { DeployButton } from "@/components/editor/top-bar/deploy-button";
import { DeployStatus } from "@/components/editor/top-bar/deploy-status";
import { DraftIndicator } from "@/components/editor/top-bar/draft-indicator";
import { UserMenu } from "@/components/layout/user-menu";
import { AppUrl } from "@/components/shared/app-url";
import { StatusBadge } from "@/components/shared/status-badge";
import { SaveTemplateButton } from "@/components/templates/save-template-button";
import { Button } from "@/components/ui/button";
import { Separator } from "@/components/ui/separator";
import { Hint } from "@/components/ui/tooltip";
import { usePanelStore } from "@/stores/panel-store";

export interface SaveState {
  dirty: boolean;
  saving: boolean;
  failed: boolean;
}

export function EditorTopBar({ app, save, onDeploy }: { app: AppDetail; save: SaveState; onDeploy(message?: string): void }) {
  const testPanelOpen = usePanelStore((s) => s.testPanelOpen);
  const live = app.deployedVersion;
  const compareLive = () => live && useHistoryStore.getState().showCompare({ left: versionSide(live.id), right: DRAFT });
  return (
    <header className="flex h-12 shrink-0 items-center gap-2 border-b bg-background px-2">
      <Hint label="All apps">
        <Button variant="ghost" size="icon-sm" asChild>
          <Link href="/" aria-label="Back to all apps">
            <ChevronLeftIcon aria-hidden />
          </Link>
        </Button>
      </Hint>
      <div className="flex min-w-0 items-center gap-2">
        <AppNameInput key={app.name} appId={app.id} name={app.name} />
        <StatusBadge status={app.status} data-testid="app-status" />
      </div>
      <Separator orientation="vertical" className="mx-1 h-5" />
      <AppUrl url={app.url} className="min-w-0 max-w-72 shrink" />
      <div className="ml-auto flex shrink-0 items-center gap-3">
        <DraftIndicator deployed={live} dirty={save.dirty} saving={save.saving} saveFailed={save.failed} onCompare={compareLive} />
        <DeployStatus appId={app.id} />
        <div className="flex items-center gap-1">
          <Hint label="Dashboard: requests, logs, data">
            <Button variant="ghost" size="icon-sm" asChild>
              <Link href={`/apps/${app.id}`} aria-label="Open the dashboard" data-testid="open-dashboard">
                <GaugeIcon aria-hidden />
              </Link>
            </Button>
          </Hint>
          <HistorySheet app={app} />
          <EnvSheet appId={app.id} env={app.env} onRedeploy={() => onDeploy("Environment changed")} />
          <SaveTemplateButton app={app} />
          {!testPanelOpen && (
            <Hint label="Show test panel">
              <Button
                variant="ghost"
                size="icon-sm"
                aria-label="Show test panel"
                onClick={() => usePanelStore.getState().setTestPanelOpen(true)}
              >
                <PanelRightOpenIcon aria-hidden />
              </Button>
            </Hint>
          )}
        </div>
        <DeployButton appId={app.id} onDeploy={onDeploy} />
        <UserMenu compact />
      </div>
    </header>
  );
}
