"use client";

import { ArrowLeftIcon, ArrowLeftRightIcon } from "lucide-react";
import { useMemo, useState } from "react";
import { CompareSideSelect } from "@/components/editor/history/compare-side-select";
import { DiffFileList } from "@/components/editor/history/diff-file-list";
import { diffTotals, firstFileToShow, summarizeDiff } from "@/components/editor/history/diff-summary";
import { useHistoryStore } from "@/components/editor/history/history-store";
import { useSideFiles } from "@/components/editor/history/use-side-files";
import { type Comparison, sideLabel, type VersionInfo } from "@/components/editor/history/version-labels";
import { DiffCodeView } from "@/components/editor/monaco/diff-code-view";
import { QueryProblem } from "@/components/shared/section-states";
import { Button } from "@/components/ui/button";
import { SheetDescription, SheetHeader, SheetTitle } from "@/components/ui/sheet";
import { Skeleton } from "@/components/ui/skeleton";
import { useEditorStore } from "@/stores/editor-store";

/** The drawer's compare view: two pickers, the changed files, and Monaco's side-by-side diff. */
export function CompareView({ appId, compare, versions }: { appId: string; compare: Comparison; versions: readonly VersionInfo[] }) {
  const left = useSideFiles(appId, compare.left);
  const right = useSideFiles(appId, compare.right);
  const openPath = useEditorStore((s) => s.openPath);
  const [picked, setPicked] = useState<string | null>(null);
  const { showCompare, showList } = useHistoryStore.getState();

  const changes = useMemo(() => (left.files && right.files ? summarizeDiff(left.files, right.files) : null), [left.files, right.files]);
  const path = changes && (changes.some((c) => c.path === picked) ? picked : firstFileToShow(changes, openPath));
  const totals = changes ? diffTotals(changes) : null;
  const leftLabel = sideLabel(compare.left, versions);
  const rightLabel = sideLabel(compare.right, versions);
  const problem = left.error ? left : right.error ? right : null;

  return (
    <>
      <SheetHeader className="gap-3 border-b pr-12">
        <div className="flex items-center gap-2">
          <Button variant="ghost" size="xs" onClick={showList} data-testid="history-back">
            <ArrowLeftIcon aria-hidden /> All versions
          </Button>
          <SheetTitle>Compare</SheetTitle>
        </div>
        <SheetDescription className="sr-only">
          Side-by-side differences between {leftLabel} and {rightLabel}.
        </SheetDescription>
        <div className="flex flex-wrap items-end gap-2">
          <CompareSideSelect
            label="Before"
            value={compare.left}
            versions={versions}
            testId="compare-left"
            onChange={(side) => showCompare({ ...compare, left: side })}
          />
          <Button
            variant="ghost"
            size="icon-sm"
            aria-label="Swap sides"
            title="Swap sides"
            onClick={() => showCompare({ left: compare.right, right: compare.left })}
          >
            <ArrowLeftRightIcon aria-hidden />
          </Button>
          <CompareSideSelect
            label="After"
            value={compare.right}
            versions={versions}
            testId="compare-right"
            onChange={(side) => showCompare({ ...compare, right: side })}
          />
          {totals && (
            <p className="ml-auto pb-1.5 text-xs text-muted-foreground" data-testid="compare-totals">
              {totals.files === 0 ? "No differences" : `${totals.files} file${totals.files === 1 ? "" : "s"} changed`}
              {totals.added > 0 && <span className="ml-2 font-mono text-success">+{totals.added}</span>}
              {totals.removed > 0 && <span className="ml-1 font-mono text-destructive">−{totals.removed}</span>}
            </p>
          )}
        </div>
      </SheetHeader>
      <div className="flex min-h-0 flex-1">
        <div className="w-56 shrink-0 overflow-y-auto border-r">
          {changes ? (
            <DiffFileList changes={changes} selected={path} onSelect={setPicked} />
          ) : problem ? null : (
            <div className="grid gap-1 p-2" role="status" aria-label="Loading files">
              {[0, 1, 2].map((i) => (
                <Skeleton key={i} className="h-6" />
              ))}
            </div>
          )}
        </div>
        <div className="flex min-w-0 flex-1 flex-col">
          {problem ? (
            <QueryProblem error={problem.error} what="this version" onRetry={problem.retry} />
          ) : (
            <>
              <div className="grid shrink-0 grid-cols-2 border-b text-xs text-muted-foreground">
                <span className="truncate px-3 py-1.5" data-testid="diff-left-label">
                  {leftLabel}
                  {path && <span className="font-mono"> · {path}</span>}
                </span>
                <span className="truncate border-l px-3 py-1.5" data-testid="diff-right-label">
                  {rightLabel}
                </span>
              </div>
              <div className="min-h-0 flex-1">
                {left.files && right.files && path !== null && (
                  <DiffCodeView path={path} original={left.files[path] ?? ""} modified={right.files[path] ?? ""} />
                )}
              </div>
            </>
          )}
        </div>
      </div>
    </>
  );
}
