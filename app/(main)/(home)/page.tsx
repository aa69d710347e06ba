import type { Metadata } from "next";
import { AppsView } from "@/components/apps/apps-view";
import { SiteHeader } from "@/components/layout/site-header";

export const metadata: Metadata = { title: "Apps" };

export default function AppsPage() {
  return (
    <div className="min-h-full">
      <SiteHeader />
      <main className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
        <AppsView />
      </main>
    </div>
  );
}
