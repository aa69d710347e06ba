"use client";

import { useRef } from "react";
import type { RequestLog } from "@/components/dashboard/types";
import { CopyButton } from "@/components/shared/copy-button";
import { formatMs } from "@/components/shared/format";
import { StatusCode } from "@/components/shared/status-code";
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle } from "@/components/ui/sheet";

/** The exception behind a failed request: type, message and the full traceback, copyable. */
export function TracebackSheet({ request, onClose }: { request: RequestLog | null; onClose(): void }) {
  const text = useRef<HTMLPreElement>(null);
  const error = request?.error;
  const traceback = error?.traceback || (error ? `${error.type}: ${error.message}` : "");
  return (
    <Sheet open={request !== null} onOpenChange={(open) => !open && onClose()}>
      <SheetContent
        data-testid="traceback-sheet"
        className="w-full gap-0 sm:max-w-2xl"
        // Start on the traceback (scrollable by keyboard), not on the copy button and its tooltip.
        onOpenAutoFocus={(e) => {
          if (!text.current) return;
          e.preventDefault();
          text.current.focus();
        }}
      >
        {request && (
          <>
            <SheetHeader className="border-b pr-12">
              <SheetTitle className="font-mono text-base break-all">{error ? error.type : `HTTP ${request.status}`}</SheetTitle>
              <SheetDescription className="flex flex-wrap items-center gap-x-2 gap-y-1">
                <StatusCode status={request.status} />
                <span className="font-mono text-xs break-all text-foreground">
                  {request.method} {request.path}
                </span>
                <span aria-hidden>·</span>
                <time dateTime={new Date(request.ts).toISOString()}>{new Date(request.ts).toLocaleString()}</time>
                <span aria-hidden>·</span>
                <span>{formatMs(request.durationMs)}</span>
              </SheetDescription>
            </SheetHeader>
            <div className="flex min-h-0 flex-1 flex-col gap-3 p-4">
              {error ? (
                <>
                  <p className="rounded-md border border-destructive/30 bg-destructive/5 p-3 font-mono text-sm break-words whitespace-pre-wrap text-destructive">
                    {error.message || error.type}
                  </p>
                  <div className="flex items-center justify-between">
                    <h3 className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">Traceback</h3>
                    <CopyButton value={traceback} label="Copy traceback" />
                  </div>
                  <pre
                    ref={text}
                    data-testid="traceback-text"
                    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
                    tabIndex={0}
                    className="min-h-0 flex-1 overflow-auto rounded-md border bg-muted/50 p-3 font-mono text-xs leading-5 whitespace-pre outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50"
                  >
                    {traceback}
                  </pre>
                </>
              ) : (
                <p data-testid="traceback-text" className="text-sm text-muted-foreground">
                  No exception was recorded: the app answered {request.status} itself (it did not raise).
                </p>
              )}
            </div>
          </>
        )}
      </SheetContent>
    </Sheet>
  );
}
