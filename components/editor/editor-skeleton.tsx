import { Skeleton } from "@/components/ui/skeleton";

/** Same frame as the editor screen, so nothing jumps when it arrives. */
export function EditorSkeleton() {
  return (
    <div className="flex h-dvh flex-col" role="status" aria-busy="true" aria-label="Loading the editor">
      <div className="flex h-12 shrink-0 items-center gap-3 border-b px-3">
        <Skeleton className="size-6" />
        <Skeleton className="h-5 w-40" />
        <Skeleton className="h-5 w-16" />
        <Skeleton className="ml-auto h-8 w-24" />
      </div>
      <div className="flex min-h-0 flex-1">
        <div className="grid w-48 shrink-0 content-start gap-2 border-r bg-sidebar p-3 xl:w-56">
          <Skeleton className="h-4 w-12" />
          <Skeleton className="h-6 w-full" />
          <Skeleton className="h-6 w-3/4" />
        </div>
        <div className="flex min-w-0 flex-1 flex-col">
          <div className="grid flex-1 content-start gap-2 p-4">
            {[60, 40, 75, 30, 55].map((w) => (
              <Skeleton key={w} className="h-4" style={{ width: `${w}%` }} />
            ))}
          </div>
          <div className="h-56 border-t" />
        </div>
        <div className="hidden w-80 shrink-0 border-l lg:block xl:w-96" />
      </div>
    </div>
  );
}
