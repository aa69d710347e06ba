"use client";

import { ArchiveRestoreIcon, GitCompareArrowsIcon, Loader2Icon, RotateCcwIcon } from "lucide-react";
import { shortHash, versionLabel } from "@/components/editor/history/version-labels";
import { formatRelative } from "@/components/shared/relative-time";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { RouterOutputs } from "@/lib/trpc/react";
import { cn } from "@/lib/utils";

export type VersionItem = RouterOutputs["apps"]["versions"]["versions"][number];

/** One deployed version: number, live badge, message, who and when, short hash, and its actions. */
export function VersionRow({
  version,
  now,
  deploying,
  restoring,
  onCompare,
  onRestore,
  onRollback,
}: {
  version: VersionItem;
  now: number;
  deploying: boolean;
  restoring: boolean;
  onCompare(): void;
  onRestore(): void;
  onRollback(): void;
}) {
  const label = versionLabel(version);
  return (
    <li
      data-testid="version-row"
      data-version={version.number}
      data-live={version.deployed || undefined}
      className={cn("grid gap-1.5 rounded-md border p-3", version.deployed && "border-success/40 bg-success/5")}
    >
      <div className="flex items-center gap-2">
        <span className="font-mono text-sm font-semibold">{label}</span>
        {version.deployed && (
          <Badge variant="success" data-testid="version-live">
            live
          </Badge>
        )}
        <span className="ml-auto font-mono text-xs text-muted-foreground" title={`Code hash ${version.codeHash}`}>
          {shortHash(version.codeHash)}
        </span>
      </div>
      {version.message ? (
        <p className="line-clamp-2 text-sm break-words" data-testid="version-message">
          {version.message}
        </p>
      ) : (
        <p className="text-sm text-muted-foreground italic">No message</p>
      )}
      <p className="text-xs text-muted-foreground">
        {version.createdBy ?? "Unknown user"} ·{" "}
        <time dateTime={version.createdAt.toISOString()} title={version.createdAt.toLocaleString()}>
          {formatRelative(version.createdAt, now)}
        </time>
      </p>
      <div className="flex flex-wrap gap-1 pt-1">
        <Button variant="outline" size="xs" data-testid="version-compare" onClick={onCompare} aria-label={`Compare ${label}`}>
          <GitCompareArrowsIcon aria-hidden /> Compare
        </Button>
        <Button
          variant="ghost"
          size="xs"
          data-testid="version-restore"
          onClick={onRestore}
          disabled={restoring}
          aria-label={`Restore ${label} into the editor`}
          title="Put this version's files in the editor, without deploying"
        >
          {restoring ? <Loader2Icon className="animate-spin" aria-hidden /> : <ArchiveRestoreIcon aria-hidden />} Restore into editor
        </Button>
        <Button
          variant="ghost"
          size="xs"
          data-testid="version-rollback"
          onClick={onRollback}
          disabled={version.deployed || deploying}
          aria-label={`Roll back to ${label}`}
          title={version.deployed ? "This version is live" : deploying ? "A deploy is in progress" : "Deploy this version again"}
        >
          <RotateCcwIcon aria-hidden /> Roll back
        </Button>
      </div>
    </li>
  );
}
