import { cn } from "@/lib/utils";

export function statusTone(status: number): string {
  if (status >= 500) return "bg-destructive/10 text-destructive border-destructive/30";
  if (status >= 400) return "bg-warning/10 text-warning border-warning/30";
  if (status >= 300) return "bg-info/10 text-info border-info/30";
  return "bg-success/10 text-success border-success/30";
}

export function StatusCode({ status, className, testId }: { status: number; className?: string; testId?: string }) {
  return (
    <span
      data-testid={testId}
      className={cn("inline-flex rounded-md border px-1.5 font-mono text-xs font-semibold tabular-nums", statusTone(status), className)}
    >
      {status}
    </span>
  );
}
