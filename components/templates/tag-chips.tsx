"use client";

import { XIcon } from "lucide-react";
import { useState } from "react";
import { visibleChips } from "@/lib/templates/gallery";
import { cn } from "@/lib/utils";

const LIMIT = 12;

const chip = "rounded-full border px-2 py-0.5 text-xs outline-none transition-colors focus-visible:ring-[3px] focus-visible:ring-ring/50";

/** Filter chips, one per tag in use (the most used first): pressed ones narrow the gallery to templates carrying them all. */
export function TagChips({
  tags,
  selected,
  onToggle,
  onClear,
}: {
  tags: string[];
  selected: string[];
  onToggle(tag: string): void;
  onClear(): void;
}) {
  const [expanded, setExpanded] = useState(false);
  if (tags.length === 0) return null;
  const { shown, more } = visibleChips(tags, selected, LIMIT, expanded);
  return (
    <fieldset className="flex flex-wrap items-center gap-1">
      <legend className="sr-only">Filter by tag</legend>
      {shown.map((tag) => {
        const on = selected.includes(tag);
        return (
          <button
            key={tag}
            type="button"
            aria-pressed={on}
            data-testid={`template-tag-${tag}`}
            onClick={() => onToggle(tag)}
            className={cn(
              chip,
              on ? "border-primary/50 bg-primary/10 text-primary" : "text-muted-foreground hover:bg-accent hover:text-accent-foreground",
            )}
          >
            {tag}
          </button>
        );
      })}
      {(more > 0 || expanded) && tags.length > LIMIT && (
        <button
          type="button"
          data-testid="template-tags-more"
          aria-expanded={expanded}
          onClick={() => setExpanded((e) => !e)}
          className={cn(chip, "border-dashed text-muted-foreground hover:text-foreground")}
        >
          {expanded ? "Fewer tags" : `+${more} more`}
        </button>
      )}
      {selected.length > 0 && (
        <button
          type="button"
          onClick={onClear}
          className="inline-flex items-center gap-0.5 rounded-full px-1.5 py-0.5 text-xs text-muted-foreground outline-none hover:text-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50"
        >
          <XIcon className="size-3" aria-hidden /> Clear
        </button>
      )}
    </fieldset>
  );
}
