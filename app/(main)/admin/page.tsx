import type { Metadata } from "next";
import { Suspense } from "react";
import { AdminSkeleton } from "@/components/admin/admin-skeleton";
import { AdminView } from "@/components/admin/admin-view";
import { SiteHeader } from "@/components/layout/site-header";

export const metadata: Metadata = { title: "Admin" };

export default function AdminPage() {
  return (
    <div className="min-h-full">
      <SiteHeader />
      <main className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
        {/* The open tab comes from the URL (useSearchParams): the view renders inside a Suspense boundary. */}
        <Suspense fallback={<AdminSkeleton />}>
          <AdminView />
        </Suspense>
      </main>
    </div>
  );
}
