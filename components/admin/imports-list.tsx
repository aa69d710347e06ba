"use client";

import { Loader2Icon, PackageOpenIcon, SearchXIcon, XIcon } from "lucide-react";
import { EmptyState } from "@/components/shared/section-states";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/utils";

/** The allowed modules as chips, each with its remove button; entries not in Kiln's default are marked. */
export function ImportsList({
  names,
  query,
  added,
  removing,
  busy,
  onRemove,
}: {
  names: string[];
  query: string;
  added: ReadonlySet<string>;
  removing: string | null;
  busy: boolean;
  onRemove(name: string): void;
}) {
  if (names.length === 0) {
    return query.trim() ? (
      <EmptyState icon={<SearchXIcon aria-hidden />} title={`No allowed import matches “${query.trim()}”`}>
        Add it above to allow it.
      </EmptyState>
    ) : (
      <EmptyState icon={<PackageOpenIcon aria-hidden />} title="No module may be imported">
        Apps can still import their own files. Add modules above, or reset to the default list.
      </EmptyState>
    );
  }
  return (
    <ul className="flex flex-wrap gap-2 p-4" aria-label="Allowed imports" data-testid="imports-list">
      {names.map((name) => (
        <li
          key={name}
          data-testid="import-item"
          data-module={name}
          className={cn(
            "inline-flex h-8 items-center gap-1.5 rounded-md border bg-background pr-1 pl-2.5 text-sm shadow-xs",
            added.has(name) && "border-primary/40 bg-primary/5",
          )}
        >
          <span className="font-mono">{name}</span>
          {added.has(name) && (
            <Badge variant="info" className="px-1.5 py-0 text-[10px]">
              added
            </Badge>
          )}
          <button
            type="button"
            aria-label={`Remove ${name}`}
            data-testid="import-remove"
            disabled={busy}
            onClick={() => onRemove(name)}
            className="inline-flex size-6 items-center justify-center rounded-sm text-muted-foreground outline-none transition-colors hover:bg-destructive/10 hover:text-destructive focus-visible:ring-[3px] focus-visible:ring-ring/50 disabled:pointer-events-none disabled:opacity-50"
          >
            {removing === name ? <Loader2Icon className="size-3.5 animate-spin" aria-hidden /> : <XIcon className="size-3.5" aria-hidden />}
          </button>
        </li>
      ))}
    </ul>
  );
}
