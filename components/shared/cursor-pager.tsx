import { ChevronLeftIcon, ChevronRightIcon, ChevronsLeftIcon } from "lucide-react";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";

export interface CursorPagerLabels {
  first: string;
  back: string;
  forward: string;
}

/**
 * Back/forward over a cursor (keyset) listing, plus "to the start" from page 3 on: a cursor only
 * knows "after", so there is no jumping ahead. `status` says where you are.
 */
export function CursorPager({
  label,
  status,
  page,
  hasForward,
  labels,
  testIdPrefix,
  onFirst,
  onBack,
  onForward,
}: {
  label: string;
  status: ReactNode;
  page: number;
  hasForward: boolean;
  labels: CursorPagerLabels;
  /** data-testid of the buttons: `${prefix}-${back|forward}` (e.g. "explorer-prev"). */
  testIdPrefix: { back: string; forward: string; status?: string };
  onFirst(): void;
  onBack(): void;
  onForward(): void;
}) {
  return (
    <nav aria-label={label} className="flex flex-wrap items-center justify-between gap-2 border-t px-4 py-2">
      <p className="text-xs text-muted-foreground" aria-live="polite" data-testid={testIdPrefix.status}>
        {status}
      </p>
      <div className="flex items-center gap-1">
        {page > 2 && (
          <Button variant="ghost" size="xs" onClick={onFirst}>
            <ChevronsLeftIcon aria-hidden /> {labels.first}
          </Button>
        )}
        <Button variant="outline" size="xs" onClick={onBack} disabled={page === 1} data-testid={testIdPrefix.back}>
          <ChevronLeftIcon aria-hidden /> {labels.back}
        </Button>
        <Button variant="outline" size="xs" onClick={onForward} disabled={!hasForward} data-testid={testIdPrefix.forward}>
          {labels.forward} <ChevronRightIcon aria-hidden />
        </Button>
      </div>
    </nav>
  );
}
