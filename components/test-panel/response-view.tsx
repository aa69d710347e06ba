"use client";

import { CircleXIcon } from "lucide-react";
import { TracebackPanel } from "@/components/editor/panels/traceback-panel";
import { CopyButton } from "@/components/shared/copy-button";
import { StatusCode } from "@/components/shared/status-code";
import type { HistoryEntry } from "@/stores/test-panel-store";

function prettyBody(body: string, headers: Record<string, string>): { text: string; json: boolean } {
  const type = Object.entries(headers).find(([k]) => k.toLowerCase() === "content-type")?.[1] ?? "";
  const looksJson = type.includes("json") || /^\s*[[{]/.test(body);
  if (!looksJson) return { text: body, json: false };
  try {
    return { text: JSON.stringify(JSON.parse(body), null, 2), json: true };
  } catch {
    return { text: body, json: false };
  }
}

export function ResponseView({ entry }: { entry: HistoryEntry | undefined }) {
  if (!entry) return <p className="text-sm text-muted-foreground">Send a request to see the app&apos;s answer here.</p>;
  const r = entry.response;
  if (!r) {
    return (
      <p
        role="alert"
        className="flex items-start gap-2 rounded-md border border-destructive/30 bg-destructive/5 p-2 text-sm text-destructive"
      >
        <CircleXIcon className="mt-0.5 size-4 shrink-0" aria-hidden />
        {entry.error ?? "The request failed"}
      </p>
    );
  }
  const body = prettyBody(r.body, r.headers);
  const headerText = Object.entries(r.headers)
    .map(([k, v]) => `${k}: ${v}`)
    .join("\n");
  return (
    <div className="grid min-w-0 gap-2">
      <div className="flex items-center gap-2 text-xs">
        <StatusCode status={r.status} testId="test-status" />
        <span className="text-muted-foreground tabular-nums" data-testid="test-latency">
          {Math.round(r.durationMs)} ms
        </span>
        <span className="text-muted-foreground tabular-nums">{formatBytes(r.body.length)}</span>
        <span className="ml-auto">
          <CopyButton value={r.body} label="Copy body" />
        </span>
      </div>
      <TracebackPanel title={`Response headers (${Object.keys(r.headers).length})`} text={headerText || "(none)"} />
      <pre
        data-testid="test-body"
        data-json={body.json || undefined}
        className="max-h-[28rem] min-h-16 overflow-auto rounded-md border bg-muted/40 p-2 font-mono text-xs leading-5 whitespace-pre-wrap break-all"
      >
        {body.text || <span className="text-muted-foreground">(empty body)</span>}
      </pre>
      {r.truncated && <p className="text-xs text-warning">Only the beginning of the body is shown.</p>}
    </div>
  );
}

function formatBytes(n: number): string {
  return n < 1024 ? `${n} B` : `${(n / 1024).toFixed(1)} KB`;
}
