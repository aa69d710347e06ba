import { memo } from "react";
import type { HeldLine } from "@/components/dashboard/log-buffer";
import { cn } from "@/lib/utils";

const tone = {
  stdout: "",
  stderr: "bg-destructive/5 text-destructive",
  system: "text-muted-foreground italic",
} as const;

const timeFmt = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit", second: "2-digit", hour12: false });

/** One log record: its time, then the text; stderr tinted, Kiln's own system lines dimmed. */
export const LogLineRow = memo(function LogLineRow({ line }: { line: HeldLine }) {
  const ts = new Date(line.ts);
  return (
    <div
      data-testid="logs-line"
      data-stream={line.stream}
      className={cn("flex gap-3 px-3 whitespace-pre-wrap break-all", tone[line.stream])}
    >
      <time dateTime={line.ts} title={ts.toLocaleString()} className="shrink-0 text-muted-foreground tabular-nums select-none">
        {Number.isNaN(ts.getTime()) ? line.ts : timeFmt.format(ts)}
      </time>
      <span className="min-w-0">
        {line.stream === "stderr" && <span className="sr-only">stderr: </span>}
        {line.text}
      </span>
    </div>
  );
});
