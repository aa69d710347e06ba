import type { ReactNode } from "react";
import { cn } from "@/lib/utils";

/** One figure of the overview: a label with its icon, the value, and a muted line under it. Lives in a <dl>. */
export function StatCard({
  label,
  icon,
  value,
  children,
  className,
  testId,
}: {
  label: string;
  icon: ReactNode;
  value: ReactNode;
  children?: ReactNode;
  className?: string;
  testId?: string;
}) {
  return (
    <div
      data-testid={testId}
      className={cn("grid content-start gap-1.5 rounded-xl border bg-card px-4 py-3 text-card-foreground shadow-sm", className)}
    >
      <dt className="inline-flex items-center gap-1.5 text-xs font-medium text-muted-foreground [&_svg]:size-3.5">
        {icon}
        {label}
      </dt>
      <dd className="truncate text-2xl font-semibold tracking-tight tabular-nums" data-slot="stat-value">
        {value}
      </dd>
      {children && <dd className="text-xs text-muted-foreground">{children}</dd>}
    </div>
  );
}
