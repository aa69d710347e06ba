import type { Metadata } from "next";
import { AppDashboard } from "@/components/dashboard/app-dashboard";
import { SiteHeader } from "@/components/layout/site-header";

export const metadata: Metadata = { title: "Dashboard" };

export default async function AppDashboardPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <div className="min-h-full">
      <SiteHeader />
      <main className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
        <AppDashboard appId={id} />
      </main>
    </div>
  );
}
