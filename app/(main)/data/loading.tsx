import { ExplorerSkeleton } from "@/components/explorer/explorer-skeleton";
import { Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <div className="min-h-full">
      <div className="h-14 border-b" />
      <main className="mx-auto grid max-w-6xl gap-6 px-4 py-8 sm:px-6">
        <div className="grid gap-2">
          <Skeleton className="h-7 w-20" />
          <Skeleton className="h-4 w-80" />
        </div>
        <ExplorerSkeleton />
      </main>
    </div>
  );
}
