"use client";

import { FileDiffIcon, FileIcon, FileMinusIcon, FilePlusIcon } from "lucide-react";
import type { FileChange, FileChangeKind } from "@/components/editor/history/diff-summary";
import { cn } from "@/lib/utils";

const icons: Record<FileChangeKind, { Icon: typeof FileIcon; tone: string; word: string }> = {
  added: { Icon: FilePlusIcon, tone: "text-success", word: "added" },
  removed: { Icon: FileMinusIcon, tone: "text-destructive", word: "removed" },
  changed: { Icon: FileDiffIcon, tone: "text-warning", word: "changed" },
  unchanged: { Icon: FileIcon, tone: "text-muted-foreground", word: "unchanged" },
};

function FileEntry({ change, selected, onSelect }: { change: FileChange; selected: boolean; onSelect(): void }) {
  const { Icon, tone, word } = icons[change.kind];
  return (
    <li>
      <button
        type="button"
        data-testid="diff-file"
        data-path={change.path}
        data-kind={change.kind}
        aria-current={selected ? "true" : undefined}
        title={`${change.path} (${word})`}
        onClick={onSelect}
        className={cn(
          "flex w-full items-center gap-2 rounded-sm px-2 py-1 text-left text-xs outline-none hover:bg-accent focus-visible:ring-[3px] focus-visible:ring-ring/50",
          selected && "bg-accent font-medium",
        )}
      >
        <Icon className={cn("size-3.5 shrink-0", tone)} aria-hidden />
        <span className={cn("min-w-0 flex-1 truncate font-mono", change.kind === "removed" && "line-through")}>{change.path}</span>
        <span className="sr-only">{word}</span>
        {change.kind !== "unchanged" && (
          <span className="shrink-0 font-mono tabular-nums">
            {change.added > 0 && <span className="text-success">+{change.added}</span>}
            {change.added > 0 && change.removed > 0 && " "}
            {change.removed > 0 && <span className="text-destructive">−{change.removed}</span>}
          </span>
        )}
      </button>
    </li>
  );
}

/** The files of a comparison: added, removed and changed first, then the unchanged ones. */
export function DiffFileList({
  changes,
  selected,
  onSelect,
}: {
  changes: FileChange[];
  selected: string | null;
  onSelect(path: string): void;
}) {
  const changed = changes.filter((c) => c.kind !== "unchanged");
  const same = changes.filter((c) => c.kind === "unchanged");
  const group = (items: FileChange[]) => (
    <ul className="grid gap-0.5">
      {items.map((c) => (
        <FileEntry key={c.path} change={c} selected={c.path === selected} onSelect={() => onSelect(c.path)} />
      ))}
    </ul>
  );
  return (
    <nav aria-label="Files in this comparison" className="grid content-start gap-3 overflow-y-auto p-2" data-testid="diff-file-list">
      <section className="grid gap-1">
        <h3 className="px-2 text-xs font-medium text-muted-foreground">Changed ({changed.length})</h3>
        {changed.length === 0 ? (
          <p className="px-2 text-xs text-muted-foreground">No differences: both sides hold the same files.</p>
        ) : (
          group(changed)
        )}
      </section>
      {same.length > 0 && (
        <section className="grid gap-1">
          <h3 className="px-2 text-xs font-medium text-muted-foreground">Unchanged ({same.length})</h3>
          {group(same)}
        </section>
      )}
    </nav>
  );
}
