import { Skeleton } from "@/components/ui/skeleton";

export function AdminHeaderSkeleton() {
  return (
    <div className="grid gap-2" aria-hidden>
      <Skeleton className="h-7 w-24" />
      <Skeleton className="h-4 w-96 max-w-full" />
    </div>
  );
}

export function CardsSkeleton({ count = 8 }: { count?: number }) {
  return (
    <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" aria-hidden>
      {Array.from({ length: count }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have nothing else to tell them apart
        <Skeleton key={i} className="h-28 rounded-xl" />
      ))}
    </div>
  );
}

/** The admin page's frame while it loads: heading, tab bar, overview cards. */
export function AdminSkeleton() {
  return (
    <div className="grid gap-6" role="status" aria-busy="true" aria-label="Loading the admin settings">
      <AdminHeaderSkeleton />
      <Skeleton className="h-9 w-full max-w-xl rounded-lg" />
      <CardsSkeleton />
    </div>
  );
}
