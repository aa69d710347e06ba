"use client";

import type { UseQueryResult } from "@tanstack/react-query";
import { GitCompareArrowsIcon, HistoryIcon } from "lucide-react";
import { useState } from "react";
import { ConfirmDialog } from "@/components/editor/history/confirm-dialog";
import { useHistoryStore } from "@/components/editor/history/history-store";
import { useRestore } from "@/components/editor/history/use-restore";
import { useRollback } from "@/components/editor/history/use-rollback";
import { DRAFT, defaultComparison, versionSide, versionTitle } from "@/components/editor/history/version-labels";
import { type VersionItem, VersionRow } from "@/components/editor/history/version-row";
import type { AppDetail } from "@/components/editor/hooks/use-editor-session";
import { EmptyState, QueryProblem } from "@/components/shared/section-states";
import { useNow } from "@/components/shared/use-now";
import { Button } from "@/components/ui/button";
import { SheetDescription, SheetHeader, SheetTitle } from "@/components/ui/sheet";
import { Skeleton } from "@/components/ui/skeleton";
import type { RouterOutputs } from "@/lib/trpc/react";
import { isDeploying, useDeployStore } from "@/stores/deploy-store";

type Versions = RouterOutputs["apps"]["versions"];

/** The drawer's list view: the last 50 versions, each with Compare, Restore into editor and Roll back. */
export function HistoryList({ app, versions }: { app: AppDetail; versions: UseQueryResult<Versions, unknown> }) {
  const now = useNow(30_000);
  const deploying = useDeployStore((s) => s.appId === app.id && isDeploying(s.phase));
  const rollback = useRollback(app.id);
  const restore = useRestore({ appId: app.id, liveHash: app.deployedVersion?.codeHash ?? null });
  const [rollbackTo, setRollbackTo] = useState<VersionItem | null>(null);
  const list = versions.data?.versions ?? [];
  const { showCompare, close } = useHistoryStore.getState();
  const live = app.deployedVersion;

  return (
    <>
      <SheetHeader className="border-b pr-12">
        <SheetTitle className="flex items-center gap-2">
          <HistoryIcon className="size-4" aria-hidden /> History
        </SheetTitle>
        <SheetDescription>Every deploy is kept as a version. Compare any two, roll back, or restore one into the editor.</SheetDescription>
        {live && (
          <Button
            variant="outline"
            size="xs"
            className="mt-1 w-fit"
            data-testid="compare-live-draft"
            onClick={() => showCompare({ left: versionSide(live.id), right: DRAFT })}
          >
            <GitCompareArrowsIcon aria-hidden /> Compare live v{live.number} with the editor
          </Button>
        )}
      </SheetHeader>
      <div className="min-h-0 flex-1 overflow-y-auto p-4">
        {versions.isPending ? (
          <div className="grid gap-2" role="status" aria-label="Loading versions">
            {[0, 1, 2].map((i) => (
              <Skeleton key={i} className="h-28" />
            ))}
          </div>
        ) : versions.isError ? (
          <QueryProblem error={versions.error} what="the versions" onRetry={() => void versions.refetch()} />
        ) : list.length === 0 ? (
          <EmptyState icon={<HistoryIcon aria-hidden />} title="Nothing deployed yet">
            Each deploy becomes a version here, with its files, who deployed it and when.
          </EmptyState>
        ) : (
          <ol className="grid gap-2" aria-label="Versions" data-testid="version-list">
            {list.map((v) => (
              <VersionRow
                key={v.id}
                version={v}
                now={now}
                deploying={deploying}
                restoring={restore.loadingId === v.id}
                onCompare={() => showCompare(defaultComparison(v, list))}
                onRestore={() => void restore.request(v).then((done) => done && close())}
                onRollback={() => setRollbackTo(v)}
              />
            ))}
          </ol>
        )}
      </div>
      <ConfirmDialog
        open={rollbackTo !== null}
        testId="rollback-dialog"
        title={`Roll back to ${rollbackTo ? versionTitle(rollbackTo) : ""}?`}
        description={`Deploy version ${rollbackTo?.number ?? ""} again as a new deployment. The editor's draft stays as it is.`}
        confirmLabel="Roll back"
        onCancel={() => setRollbackTo(null)}
        onConfirm={() => {
          const target = rollbackTo;
          setRollbackTo(null);
          if (!target) return;
          close();
          void rollback(target);
        }}
      />
      <ConfirmDialog
        open={restore.pending !== null}
        testId="restore-dialog"
        title={`Restore ${restore.pending ? versionTitle(restore.pending.version) : ""} into the editor?`}
        description="The editor's files are replaced by this version's. Nothing is deployed."
        confirmLabel="Replace the editor's files"
        onCancel={restore.cancel}
        onConfirm={() => {
          if (!restore.pending) return;
          restore.apply(restore.pending);
          close();
        }}
      >
        <p className="rounded-md border border-warning/30 bg-warning/10 px-3 py-2 text-sm text-warning">
          The editor holds changes that are not deployed (saved or not). They will be replaced; deploy them first to keep them as a version.
        </p>
      </ConfirmDialog>
    </>
  );
}
