import type { Metadata } from "next";
import { Suspense } from "react";
import { DataExplorer } from "@/components/explorer/data-explorer";
import { ExplorerSkeleton } from "@/components/explorer/explorer-skeleton";
import { SiteHeader } from "@/components/layout/site-header";

export const metadata: Metadata = { title: "Data" };

export default function DataPage() {
  return (
    <div className="min-h-full">
      <SiteHeader />
      <main className="mx-auto grid max-w-6xl gap-6 px-4 py-8 sm:px-6">
        <div className="grid gap-1">
          <h1 className="text-2xl font-semibold tracking-tight">Data</h1>
          <p className="text-sm text-muted-foreground">
            Browse your apps&apos; MongoDB databases. Read-only: nothing here changes a document.
          </p>
        </div>
        {/* The explorer reads its state from the URL (useSearchParams): it renders inside a Suspense boundary. */}
        <Suspense fallback={<ExplorerSkeleton />}>
          <DataExplorer />
        </Suspense>
      </main>
    </div>
  );
}
