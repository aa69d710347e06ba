import { ChevronLeftIcon, ChevronRightIcon, ChevronsLeftIcon } from "lucide-react";
import { Button } from "@/components/ui/button";

/** Newer / older pages over the cursor; page 1 is the live one (it refreshes itself). */
export function RequestsPagination({
  page,
  hasOlder,
  onNewest,
  onNewer,
  onOlder,
}: {
  page: number;
  hasOlder: boolean;
  onNewest(): void;
  onNewer(): void;
  onOlder(): void;
}) {
  if (page === 1 && !hasOlder) return null;
  return (
    <nav aria-label="Request pages" className="flex items-center justify-between gap-2 border-t px-4 py-2">
      <p className="text-xs text-muted-foreground" aria-live="polite">
        {page === 1 ? "Newest requests, updating live" : `Page ${page} · older requests, not updating`}
      </p>
      <div className="flex items-center gap-1">
        {page > 2 && (
          <Button variant="ghost" size="xs" onClick={onNewest}>
            <ChevronsLeftIcon aria-hidden /> Newest
          </Button>
        )}
        <Button variant="outline" size="xs" onClick={onNewer} disabled={page === 1} data-testid="requests-newer">
          <ChevronLeftIcon aria-hidden /> Newer
        </Button>
        <Button variant="outline" size="xs" onClick={onOlder} disabled={!hasOlder} data-testid="requests-older">
          Older <ChevronRightIcon aria-hidden />
        </Button>
      </div>
    </nav>
  );
}
