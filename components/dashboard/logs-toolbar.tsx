"use client";

import { ArrowDownToLineIcon, DownloadIcon, EraserIcon, PauseIcon, PlayIcon } from "lucide-react";
import { MAX_LINES } from "@/components/dashboard/log-buffer";
import { SearchInput } from "@/components/shared/search-input";
import { Button } from "@/components/ui/button";
import { Hint } from "@/components/ui/tooltip";
import { cn } from "@/lib/utils";

export function LogsToolbar({
  filter,
  onFilter,
  follow,
  onFollow,
  paused,
  onPaused,
  waiting,
  onDownload,
  onClear,
  canDownload,
}: {
  filter: string;
  onFilter(value: string): void;
  follow: boolean;
  onFollow(value: boolean): void;
  paused: boolean;
  onPaused(value: boolean): void;
  waiting: number;
  onDownload(): void;
  onClear(): void;
  canDownload: boolean;
}) {
  return (
    <div className="flex flex-col gap-2 border-b px-4 py-2.5 sm:flex-row sm:items-center sm:justify-between">
      <SearchInput
        compact
        className="font-mono text-xs"
        wrapperClassName="sm:w-64"
        aria-label="Filter log lines"
        data-testid="logs-filter"
        placeholder="Filter lines…"
        value={filter}
        onValue={onFilter}
      />
      <div className="flex flex-wrap items-center gap-1">
        <Button
          variant="outline"
          size="xs"
          aria-pressed={follow}
          data-testid="logs-follow"
          onClick={() => onFollow(!follow)}
          className={cn(follow && "border-primary/40 bg-primary/10 text-primary hover:bg-primary/15 hover:text-primary")}
        >
          <ArrowDownToLineIcon aria-hidden /> Follow
        </Button>
        <Button variant="outline" size="xs" aria-pressed={paused} data-testid="logs-pause" onClick={() => onPaused(!paused)}>
          {paused ? <PlayIcon aria-hidden /> : <PauseIcon aria-hidden />}
          {paused ? "Resume" : "Pause"}
          {paused && waiting > 0 && (
            <span className="rounded bg-primary/15 px-1 text-[11px] font-semibold text-primary tabular-nums" data-testid="logs-waiting">
              {waiting >= MAX_LINES ? `${MAX_LINES}+` : waiting} new
            </span>
          )}
        </Button>
        <Hint label="Download the lines shown (.log)">
          <Button
            variant="ghost"
            size="icon-xs"
            aria-label="Download logs"
            data-testid="logs-download"
            onClick={onDownload}
            disabled={!canDownload}
          >
            <DownloadIcon aria-hidden />
          </Button>
        </Hint>
        <Hint label="Clear the view">
          <Button variant="ghost" size="icon-xs" aria-label="Clear the view" onClick={onClear} disabled={!canDownload}>
            <EraserIcon aria-hidden />
          </Button>
        </Hint>
      </div>
    </div>
  );
}
