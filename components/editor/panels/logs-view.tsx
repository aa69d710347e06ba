"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { errorMessage, useTRPC } from "@/lib/trpc/react";
import { cn } from "@/lib/utils";

const streamTone = { stdout: "", stderr: "text-destructive", system: "text-info" } as const;

/** The app's last 200 log lines, refreshed every 2 s while the tab is open; sticks to the bottom. */
export function LogsView({ appId }: { appId: string }) {
  const trpc = useTRPC();
  const logs = useQuery(trpc.apps.logs.queryOptions({ id: appId, tail: 200 }, { refetchInterval: 2_000, staleTime: 0 }));
  const box = useRef<HTMLDivElement>(null);
  const stick = useRef(true);
  const lines = logs.data?.lines ?? [];

  useEffect(() => {
    const el = box.current;
    if (el && stick.current) el.scrollTop = el.scrollHeight;
  });

  return (
    <div
      ref={box}
      data-testid="logs"
      role="log"
      aria-label="App logs"
      className="h-full overflow-y-auto px-3 py-2 font-mono text-xs leading-5"
      onScroll={(e) => {
        const el = e.currentTarget;
        stick.current = el.scrollHeight - el.scrollTop - el.clientHeight < 24;
      }}
    >
      {logs.isError && <p className="text-destructive">Could not read the logs: {errorMessage(logs.error)}</p>}
      {logs.isSuccess && lines.length === 0 && (
        <p className="font-sans text-sm text-muted-foreground">No output yet. Deploy the app and call it.</p>
      )}
      {lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a tail window of plain text rows, no row state
        <div key={`${line.ts}-${i}`} className="flex gap-3 whitespace-pre-wrap break-all">
          <span className="shrink-0 text-muted-foreground tabular-nums">
            {new Date(line.ts).toLocaleTimeString(undefined, { hour12: false })}
          </span>
          <span className={cn("min-w-0", streamTone[line.stream])}>{line.text}</span>
        </div>
      ))}
    </div>
  );
}
