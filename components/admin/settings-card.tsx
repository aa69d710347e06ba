import { type ComponentProps, type ReactNode, useId } from "react";
import { cn } from "@/lib/utils";

/** One group of settings: a titled card with an optional footer for its actions. */
export function SettingsCard({
  title,
  description,
  actions,
  footer,
  className,
  children,
  ...props
}: { title: string; description?: ReactNode; actions?: ReactNode; footer?: ReactNode } & Omit<ComponentProps<"section">, "title">) {
  const titleId = useId();
  return (
    <section
      aria-labelledby={titleId}
      className={cn("flex min-w-0 flex-col overflow-hidden rounded-xl border bg-card text-card-foreground shadow-sm", className)}
      {...props}
    >
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2 border-b px-4 py-3">
        <div className="grid min-w-0 gap-0.5">
          <h2 id={titleId} className="text-sm font-semibold">
            {title}
          </h2>
          {description && <div className="text-xs text-muted-foreground">{description}</div>}
        </div>
        {actions}
      </div>
      {children}
      {footer && <div className="flex flex-wrap items-center justify-end gap-2 border-t bg-muted/30 px-4 py-3">{footer}</div>}
    </section>
  );
}
