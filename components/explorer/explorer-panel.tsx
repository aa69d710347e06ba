import { type ComponentProps, type ReactNode, useId } from "react";
import { cn } from "@/lib/utils";

/** A titled box of the explorer's sidebar. */
export function ExplorerPanel({
  title,
  description,
  className,
  children,
  ...props
}: { title: string; description?: ReactNode } & Omit<ComponentProps<"section">, "title">) {
  const titleId = useId();
  return (
    <section
      aria-labelledby={titleId}
      className={cn("min-w-0 overflow-hidden rounded-xl border bg-card text-card-foreground shadow-sm", className)}
      {...props}
    >
      <div className="border-b px-3 py-2">
        <h2 id={titleId} className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">
          {title}
        </h2>
        {description && <div className="truncate text-xs text-muted-foreground">{description}</div>}
      </div>
      {children}
    </section>
  );
}

/** Rows of a sidebar list: a link per entry, the selected one marked. */
export const rowClass = (selected: boolean, dim = false) =>
  cn(
    "flex min-w-0 flex-1 flex-col gap-0.5 px-3 py-2 text-sm outline-none transition-colors",
    "hover:bg-muted/50 focus-visible:bg-muted/50 focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:ring-inset",
    selected && "bg-accent text-accent-foreground shadow-[inset_2px_0_0_var(--primary)] hover:bg-accent",
    dim && !selected && "text-muted-foreground",
  );
