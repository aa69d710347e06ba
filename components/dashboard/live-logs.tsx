"use client";

import { useDeferredValue, useState } from "react";
import { logFileText, MAX_LINES } from "@/components/dashboard/log-buffer";
import { LogsToolbar } from "@/components/dashboard/logs-toolbar";
import { LogsViewport } from "@/components/dashboard/logs-viewport";
import { StreamIndicator } from "@/components/dashboard/stream-indicator";
import { useLogStream } from "@/components/dashboard/use-log-stream";
import { SectionCard } from "@/components/shared/section-card";
import { cn } from "@/lib/utils";

function download(filename: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: "text/plain;charset=utf-8" }));
  const a = Object.assign(document.createElement("a"), { href: url, download: filename });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function summary(held: number, shown: number, filtered: boolean): string {
  if (filtered) return `${shown} of ${held} lines match`;
  if (held === 0) return "What the app prints, as it happens";
  return `${held} ${held === 1 ? "line" : "lines"}, newest at the bottom (up to ${MAX_LINES} kept)`;
}

/** The app's stdout / stderr and Kiln's notes about it, live: filter, follow, pause, download. */
export function LiveLogs({ appId, slug, className }: { appId: string; slug: string; className?: string }) {
  const [follow, setFollow] = useState(true);
  const [paused, setPaused] = useState(false);
  const [filter, setFilter] = useState("");
  const stream = useLogStream(appId, paused);
  const query = useDeferredValue(filter.trim().toLowerCase());
  const shown = query ? stream.lines.filter((l) => l.text.toLowerCase().includes(query)) : stream.lines;

  const empty =
    stream.lines.length === 0
      ? stream.state === "connecting"
        ? "Connecting to the log stream…"
        : "No output yet. Anything the app prints shows up here as it happens."
      : shown.length === 0
        ? "No lines match the filter."
        : null;

  return (
    <SectionCard
      title="Live logs"
      description={summary(stream.lines.length, shown.length, query !== "")}
      actions={<StreamIndicator state={stream.state} error={stream.error} onReconnect={stream.reconnect} />}
      className={cn(className)}
      data-testid="live-logs"
    >
      <LogsToolbar
        filter={filter}
        onFilter={setFilter}
        follow={follow}
        onFollow={setFollow}
        paused={paused}
        onPaused={setPaused}
        waiting={stream.waiting}
        canDownload={stream.lines.length > 0}
        onClear={stream.clear}
        onDownload={() => download(`${slug}-${new Date().toISOString().replace(/[:.]/g, "-")}.log`, logFileText(stream.lines))}
      />
      <LogsViewport lines={shown} follow={follow} onFollow={setFollow} empty={empty} />
    </SectionCard>
  );
}
