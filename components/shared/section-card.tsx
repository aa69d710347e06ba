import { type ComponentProps, type ReactNode, useId } from "react";
import { cn } from "@/lib/utils";

/**
 * A titled card region (dashboard sections, admin settings groups): header with an optional
 * description and actions on the right, the content, and an optional footer for form actions.
 */
export function SectionCard({
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
      <div className="flex min-h-14 flex-wrap items-center justify-between gap-x-4 gap-y-2 border-b px-4 py-2.5">
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
