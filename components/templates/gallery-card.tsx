"use client";

import type { ReactNode } from "react";
import { cn } from "@/lib/utils";

/** One pickable card of the gallery: pressed when it is the one the new app starts from. */
export function GalleryCard({
  testId,
  selected,
  onSelect,
  children,
}: {
  testId: string;
  selected: boolean;
  onSelect(): void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      aria-pressed={selected}
      data-testid={testId}
      onClick={onSelect}
      className={cn(
        "flex h-full min-w-0 flex-col gap-1.5 rounded-lg border bg-card p-3 text-left text-sm outline-none transition-colors",
        "hover:bg-accent/60 focus-visible:ring-[3px] focus-visible:ring-ring/50",
        selected && "border-primary/60 bg-primary/5 ring-1 ring-primary/40 hover:bg-primary/10",
      )}
    >
      {children}
    </button>
  );
}
