"use client";

import { CircleXIcon, FileCodeIcon } from "lucide-react";
import { DeploySteps } from "@/components/editor/panels/deploy-steps";
import { TracebackPanel } from "@/components/editor/panels/traceback-panel";
import { useDeployStore } from "@/stores/deploy-store";
import { useEditorStore } from "@/stores/editor-store";

function time(ts: string): string {
  const d = new Date(ts);
  return Number.isNaN(d.getTime()) ? "" : d.toLocaleTimeString(undefined, { hour12: false });
}

/** The live deploy view: steps, every event, and for a failure its location and traceback. */
export function DeployOutput({ appId }: { appId: string }) {
  const state = useDeployStore();
  if (state.appId !== appId || !state.phase) {
    return <p className="px-3 py-2 text-sm text-muted-foreground">Press Deploy (Ctrl/⌘+Enter) to ship the draft. Progress shows here.</p>;
  }
  const failure = state.failure;
  const failedAt = state.events.some((e) => e.phase === "starting") ? 1 : 0;
  const location = failure?.location;
  return (
    <div className="grid h-full content-start gap-3 overflow-y-auto px-3 py-2">
      <DeploySteps phase={state.phase} failedAt={failedAt} />
      {state.events.length > 0 && (
        <ol className="grid gap-0.5 font-mono text-xs" aria-label="Deploy events">
          {state.events.map((e, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: events only ever append
            <li key={`${e.ts}-${i}`} className="flex gap-3">
              <span className="shrink-0 text-muted-foreground tabular-nums">{time(e.ts)}</span>
              <span className="w-20 shrink-0 text-muted-foreground">{e.phase}</span>
              <span className={e.phase === "failed" ? "text-destructive" : undefined}>{e.message}</span>
            </li>
          ))}
        </ol>
      )}
      {state.phase === "failed" && failure && (
        <div role="alert" className="grid gap-2 rounded-md border border-destructive/30 bg-destructive/5 p-3 text-sm">
          <p className="flex items-start gap-2 font-medium text-destructive">
            <CircleXIcon className="mt-0.5 size-4 shrink-0" aria-hidden />
            <span className="whitespace-pre-wrap">{failure.message}</span>
          </p>
          {location && (
            <button
              type="button"
              className="inline-flex w-fit items-center gap-1.5 rounded-sm font-mono text-xs underline-offset-4 outline-none hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/50"
              onClick={() => useEditorStore.getState().revealAt(location.file, location.line, location.column ?? 1)}
            >
              <FileCodeIcon className="size-3.5" aria-hidden />
              {location.file}:{location.line}
              {location.column ? `:${location.column}` : ""}
            </button>
          )}
          {failure.traceback && <TracebackPanel title="Traceback" text={failure.traceback} />}
          {failure.lastLines && failure.lastLines.length > 0 && <TracebackPanel title="Last output" text={failure.lastLines.join("\n")} />}
        </div>
      )}
    </div>
  );
}
