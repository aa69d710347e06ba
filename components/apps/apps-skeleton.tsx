import { Skeleton } from "@/components/ui/skeleton";

const ROW_KEYS = ["a", "b", "c", "d", "e", "f"];

const CARD_KEYS = ["running", "sleeping", "error", "total"];

/** Same boxes as the loaded list (status cards, toolbar, table), so nothing jumps when it arrives. */
export function AppsSkeleton({ rows = 4 }: { rows?: number }) {
  return (
    <div className="grid gap-3" role="status" aria-busy="true" aria-label="Loading apps">
      <div className="mb-3 grid grid-cols-2 gap-3 md:grid-cols-4">
        {CARD_KEYS.map((key) => (
          <Skeleton key={key} className="h-[78px] rounded-xl" />
        ))}
      </div>
      <Skeleton className="h-9 w-full sm:w-80" />
      <AppsTableSkeleton rows={rows} />
    </div>
  );
}

function AppsTableSkeleton({ rows }: { rows: number }) {
  return (
    <div className="overflow-hidden rounded-xl border bg-card">
      <div className="hidden h-8 border-b bg-muted/40 lg:block" />
      <div className="divide-y">
        {ROW_KEYS.slice(0, rows).map((key) => (
          <div key={key} className="flex items-center gap-4 px-4 py-4">
            <div className="grid flex-1 gap-2">
              <Skeleton className="h-4 w-40" />
              <Skeleton className="h-3 w-24" />
            </div>
            <Skeleton className="hidden h-5 w-20 lg:block" />
            <Skeleton className="hidden h-4 w-48 lg:block" />
            <Skeleton className="hidden h-4 w-40 lg:block" />
            <Skeleton className="h-4 w-20" />
          </div>
        ))}
      </div>
    </div>
  );
}
