"use client";

import { useLayoutEffect, useRef } from "react";
import type { HeldLine } from "@/components/dashboard/log-buffer";
import { LogLineRow } from "@/components/dashboard/log-line";

/** How close to the bottom (px) still counts as "at the bottom". */
const STICKY_PX = 24;

/**
 * The scrolling box of lines. While following it sticks to the bottom; scrolling up stops
 * following, scrolling back to the bottom resumes it.
 */
export function LogsViewport({
  lines,
  follow,
  onFollow,
  empty,
}: {
  lines: HeldLine[];
  follow: boolean;
  onFollow(follow: boolean): void;
  empty: string | null;
}) {
  const box = useRef<HTMLDivElement>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll again whenever the lines change
  useLayoutEffect(() => {
    const el = box.current;
    if (el && follow) el.scrollTop = el.scrollHeight;
  }, [lines, follow]);

  return (
    <div
      ref={box}
      role="log"
      aria-label="Log lines"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
      tabIndex={0}
      data-testid="logs-viewport"
      className="relative h-96 overflow-y-auto bg-muted/30 py-2 font-mono text-xs leading-5 outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:ring-inset"
      onScroll={(e) => {
        const el = e.currentTarget;
        const atBottom = el.scrollHeight - el.scrollTop - el.clientHeight < STICKY_PX;
        if (atBottom !== follow) onFollow(atBottom);
      }}
    >
      {empty ? (
        <p className="px-3 py-6 text-center font-sans text-sm text-muted-foreground">{empty}</p>
      ) : (
        lines.map((line) => <LogLineRow key={line.seq} line={line} />)
      )}
    </div>
  );
}
