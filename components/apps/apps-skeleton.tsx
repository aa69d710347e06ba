import { Skeleton } from "@/components/ui/skeleton";

const ROW_KEYS = ["a", "b", "c", "d", "e", "f"];

export function AppsSkeleton({ rows = 4 }: { rows?: number }) {
  return (
    <div className="overflow-hidden rounded-xl border bg-card" role="status" aria-busy="true" aria-label="Loading apps">
      <div className="h-8 border-b bg-muted/40" />
      <div className="divide-y">
        {ROW_KEYS.slice(0, rows).map((key) => (
          <div key={key} className="flex items-center gap-4 px-4 py-4">
            <div className="grid flex-1 gap-2">
              <Skeleton className="h-4 w-40" />
              <Skeleton className="h-3 w-24" />
            </div>
            <Skeleton className="hidden h-5 w-20 md:block" />
            <Skeleton className="hidden h-4 w-56 md:block" />
            <Skeleton className="h-4 w-20" />
          </div>
        ))}
      </div>
    </div>
  );
}
