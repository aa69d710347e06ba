import { ChevronLeftIcon, ChevronRightIcon, ChevronsLeftIcon } from "lucide-react";
import { Button } from "@/components/ui/button";

/** Keyset paging: previous and next page, and where you are (no jumping ahead: the cursor only knows "after"). */
export function DocumentsPagination({
  page,
  shown,
  hasNext,
  onFirst,
  onPrev,
  onNext,
}: {
  page: number;
  shown: number;
  hasNext: boolean;
  onFirst(): void;
  onPrev(): void;
  onNext(): void;
}) {
  return (
    <nav aria-label="Document pages" className="flex flex-wrap items-center justify-between gap-2 border-t px-4 py-2">
      <p className="text-xs text-muted-foreground" aria-live="polite" data-testid="explorer-page">
        Page {page}
        {shown > 0 && ` · ${shown} ${shown === 1 ? "document" : "documents"}`}
      </p>
      <div className="flex items-center gap-1">
        {page > 2 && (
          <Button variant="ghost" size="xs" onClick={onFirst}>
            <ChevronsLeftIcon aria-hidden /> First
          </Button>
        )}
        <Button variant="outline" size="xs" onClick={onPrev} disabled={page === 1} data-testid="explorer-prev">
          <ChevronLeftIcon aria-hidden /> Previous
        </Button>
        <Button variant="outline" size="xs" onClick={onNext} disabled={!hasNext} data-testid="explorer-next">
          Next <ChevronRightIcon aria-hidden />
        </Button>
      </div>
    </nav>
  );
}
