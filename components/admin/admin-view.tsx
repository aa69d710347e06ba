"use client";

import { useQuery } from "@tanstack/react-query";
import { LayoutDashboardIcon, LayoutTemplateIcon, PackageCheckIcon, ScrollTextIcon, SlidersHorizontalIcon, UsersIcon } from "lucide-react";
import type { ReactNode } from "react";
import { AdminHeader } from "@/components/admin/admin-header";
import { AdminSkeleton } from "@/components/admin/admin-skeleton";
import { ADMIN_TABS, type AdminTab, readTab } from "@/components/admin/admin-tabs";
import { AdminsOnly } from "@/components/admin/admins-only";
import { AuditSection } from "@/components/admin/audit-section";
import { GeneralSection } from "@/components/admin/general-section";
import { ImportsSection } from "@/components/admin/imports-section";
import { OverviewSection } from "@/components/admin/overview-section";
import { TemplatesSection } from "@/components/admin/templates-section";
import { useAdminTab } from "@/components/admin/use-admin-tab";
import { UsersSection } from "@/components/admin/users-section";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { trpcErrorCode, useTRPC } from "@/lib/trpc/react";

const ICONS: Record<AdminTab, ReactNode> = {
  overview: <LayoutDashboardIcon aria-hidden />,
  general: <SlidersHorizontalIcon aria-hidden />,
  imports: <PackageCheckIcon aria-hidden />,
  users: <UsersIcon aria-hidden />,
  templates: <LayoutTemplateIcon aria-hidden />,
  audit: <ScrollTextIcon aria-hidden />,
};

const SECTIONS: Record<AdminTab, () => ReactNode> = {
  overview: OverviewSection,
  general: GeneralSection,
  imports: ImportsSection,
  users: UsersSection,
  templates: TemplatesSection,
  audit: AuditSection,
};

/** /admin: the platform's settings in tabs (the open one in the URL). Only admins get past the API's 403. */
export function AdminView() {
  const trpc = useTRPC();
  const [tab, setTab] = useAdminTab();
  // The settings double as the access check: the API answers FORBIDDEN to anyone but an admin.
  const settings = useQuery(trpc.admin.settings.queryOptions());

  if (trpcErrorCode(settings.error) === "FORBIDDEN") return <AdminsOnly />;
  if (settings.isPending) return <AdminSkeleton />;

  return (
    <div className="grid gap-6">
      <AdminHeader />
      <Tabs value={tab} onValueChange={(value) => setTab(readTab(value))} className="min-w-0 gap-6">
        <TabsList aria-label="Admin sections" className="h-auto w-full max-w-full justify-start overflow-x-auto sm:w-fit">
          {ADMIN_TABS.map((t) => (
            <TabsTrigger key={t.id} value={t.id} data-testid={`admin-tab-${t.id}`} className="h-8 flex-none px-3">
              {ICONS[t.id]}
              {t.label}
            </TabsTrigger>
          ))}
        </TabsList>
        {ADMIN_TABS.map((t) => {
          const Section = SECTIONS[t.id];
          return (
            <TabsContent key={t.id} value={t.id} data-testid={`admin-panel-${t.id}`}>
              <Section />
            </TabsContent>
          );
        })}
      </Tabs>
    </div>
  );
}
