"use client";

import { ChevronDownIcon } from "lucide-react";
import { useState } from "react";
import { detailEntries, detailFolds, detailSummary } from "@/components/admin/audit-detail";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";

/** `key: value` of a record's detail: one line, unfolding into a list when there is more to read. */
export function AuditDetailCell({ detail }: { detail: Record<string, unknown> | null }) {
  const [open, setOpen] = useState(false);
  const entries = detailEntries(detail);
  if (entries.length === 0) return <span className="text-muted-foreground">—</span>;
  const folds = detailFolds(entries);
  return (
    <div className="flex min-w-0 items-start gap-1" data-testid="audit-detail">
      {open ? (
        <dl className="grid min-w-0 grid-cols-[auto_minmax(0,1fr)] gap-x-2 gap-y-0.5 font-mono text-xs">
          {entries.map((e) => (
            <div key={e.key} className="contents">
              <dt className="text-muted-foreground">{e.key}:</dt>
              <dd className="break-words">{e.value}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <span className="min-w-0 truncate font-mono text-xs" title={detailSummary(entries)}>
          {detailSummary(entries)}
        </span>
      )}
      {folds && (
        <Button
          variant="ghost"
          size="icon-xs"
          className="-my-1 size-6 shrink-0"
          aria-expanded={open}
          aria-label={open ? "Fold the details" : "Show all details"}
          data-testid="audit-detail-toggle"
          onClick={() => setOpen((v) => !v)}
        >
          <ChevronDownIcon className={cn("transition-transform", open && "rotate-180")} aria-hidden />
        </Button>
      )}
    </div>
  );
}
