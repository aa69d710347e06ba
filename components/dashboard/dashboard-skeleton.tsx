import { Skeleton } from "@/components/ui/skeleton";

export function HeaderSkeleton() {
  return (
    <div className="flex flex-wrap items-end justify-between gap-4" aria-hidden>
      <div className="grid gap-2">
        <Skeleton className="h-3.5 w-16" />
        <Skeleton className="h-8 w-56" />
        <Skeleton className="h-4 w-48" />
      </div>
      <div className="flex gap-2">
        <Skeleton className="h-8 w-24" />
        <Skeleton className="h-8 w-28" />
      </div>
    </div>
  );
}

function SectionSkeleton({ className, body }: { className?: string; body: string }) {
  return (
    <div className={`overflow-hidden rounded-xl border bg-card ${className ?? ""}`}>
      <div className="flex h-14 items-center border-b px-4">
        <Skeleton className="h-4 w-32" />
      </div>
      <div className="p-4">
        <Skeleton className={body} />
      </div>
    </div>
  );
}

/** The dashboard's frame while the route loads: same boxes, same heights. */
export function DashboardSkeleton() {
  return (
    <div className="grid gap-6" role="status" aria-busy="true" aria-label="Loading the dashboard">
      <HeaderSkeleton />
      <SectionSkeleton body="h-[22rem] w-full" />
      <SectionSkeleton body="h-52 w-full" />
      <div className="grid gap-6 lg:grid-cols-3">
        <SectionSkeleton className="lg:col-span-2" body="h-96 w-full" />
        <SectionSkeleton body="h-40 w-full" />
      </div>
    </div>
  );
}
