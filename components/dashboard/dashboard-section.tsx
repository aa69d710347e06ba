import { type ComponentProps, type ReactNode, useId } from "react";
import { cn } from "@/lib/utils";

/** One card of the dashboard: a titled region with optional actions on the right of its header. */
export function DashboardSection({
  title,
  description,
  actions,
  className,
  children,
  ...props
}: { title: string; description?: ReactNode; actions?: ReactNode } & Omit<ComponentProps<"section">, "title">) {
  const titleId = useId();
  return (
    <section
      aria-labelledby={titleId}
      className={cn("flex min-w-0 flex-col overflow-hidden rounded-xl border bg-card text-card-foreground shadow-sm", className)}
      {...props}
    >
      <div className="flex min-h-14 flex-wrap items-center justify-between gap-x-4 gap-y-2 border-b px-4 py-2.5">
        <div className="min-w-0">
          <h2 id={titleId} className="text-sm font-semibold">
            {title}
          </h2>
          {description && <div className="text-xs text-muted-foreground">{description}</div>}
        </div>
        {actions}
      </div>
      {children}
    </section>
  );
}
