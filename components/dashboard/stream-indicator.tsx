import { RotateCwIcon } from "lucide-react";
import type { StreamState } from "@/components/dashboard/use-log-stream";
import { Button } from "@/components/ui/button";
import { errorMessage } from "@/lib/trpc/react";
import { cn } from "@/lib/utils";

const label: Record<StreamState, string> = { live: "Live", connecting: "Connecting…", disconnected: "Disconnected" };
const dot: Record<StreamState, string> = {
  live: "bg-success",
  connecting: "bg-muted-foreground animate-pulse",
  disconnected: "bg-destructive",
};

/** Whether the log stream is connected; a way back when it is not. */
export function StreamIndicator({ state, error, onReconnect }: { state: StreamState; error: unknown; onReconnect(): void }) {
  return (
    <div className="flex items-center gap-2 text-xs text-muted-foreground">
      <span
        role="status"
        className="inline-flex items-center gap-1.5"
        title={state === "disconnected" && error ? errorMessage(error) : undefined}
      >
        <span className={cn("size-1.5 rounded-full", dot[state])} aria-hidden />
        {label[state]}
      </span>
      {state === "disconnected" && (
        <Button variant="outline" size="xs" onClick={onReconnect}>
          <RotateCwIcon aria-hidden /> Reconnect
        </Button>
      )}
    </div>
  );
}
