import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";

export function Separator({
  className,
  orientation = "horizontal",
  decorative = true,
  ...props
}: ComponentProps<"div"> & { orientation?: "horizontal" | "vertical"; decorative?: boolean }) {
  const cls = cn("shrink-0 bg-border", orientation === "horizontal" ? "h-px w-full" : "h-full w-px", className);
  if (decorative) return <div data-slot="separator" role="none" className={cls} {...props} />;
  // A <div role="separator"> (not <hr>) so vertical separators work inside flex rows.
  // biome-ignore lint/a11y/useSemanticElements: see above
  return <div data-slot="separator" role="separator" aria-orientation={orientation} className={cls} {...props} />;
}
