import { Badge, type BadgeProps } from "@/components/ui/badge";
import { cn } from "@/lib/utils";

export type AppStatus = "draft" | "deploying" | "running" | "sleeping" | "error" | "stopped";

export const APP_STATUSES: readonly AppStatus[] = ["running", "deploying", "sleeping", "draft", "error", "stopped"];

const variants: Record<AppStatus, NonNullable<BadgeProps["variant"]>> = {
  draft: "muted",
  deploying: "info",
  running: "success",
  sleeping: "secondary",
  error: "destructive",
  stopped: "muted",
};

const dots: Record<AppStatus, string> = {
  draft: "bg-muted-foreground/60",
  deploying: "bg-info animate-pulse",
  running: "bg-success",
  sleeping: "bg-muted-foreground",
  error: "bg-destructive",
  stopped: "bg-muted-foreground/60",
};

/** One coloured word. The text is the raw status ("running"), shown capitalised. */
export function StatusBadge({ status, className, ...props }: { status: AppStatus; className?: string } & Omit<BadgeProps, "children">) {
  return (
    <Badge variant={variants[status]} className={cn("gap-1.5", className)} {...props}>
      <span className={cn("size-1.5 rounded-full", dots[status])} aria-hidden />
      <span className="capitalize">{status}</span>
    </Badge>
  );
}
