"use client";

import { LayoutTemplateIcon } from "lucide-react";
import { TemplateRow } from "@/components/admin/templates-row";
import type { AdminTemplate } from "@/components/admin/templates-types";
import { EmptyState } from "@/components/shared/section-states";
import { SkeletonRows } from "@/components/shared/skeleton-rows";
import { Table, TableBody, TableHead, TableHeader, TableRow } from "@/components/ui/table";

export function TemplatesTable({ templates, loading, search }: { templates: AdminTemplate[]; loading: boolean; search: string }) {
  if (!loading && templates.length === 0) {
    return (
      <EmptyState icon={<LayoutTemplateIcon aria-hidden />} title={search ? `No template matches “${search}”` : "No templates yet"}>
        {search ? undefined : "Kiln's own come from the templates/ folder; promote an app to add one."}
      </EmptyState>
    );
  }
  return (
    <Table aria-busy={loading}>
      <caption className="sr-only">Templates</caption>
      <TableHeader>
        <TableRow>
          <TableHead>Template</TableHead>
          <TableHead>Scope</TableHead>
          <TableHead>Source</TableHead>
          <TableHead className="hidden lg:table-cell">Tags</TableHead>
          <TableHead>Gallery</TableHead>
          <TableHead>
            <span className="sr-only">Actions</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {loading ? <SkeletonRows columns={6} className="h-14" /> : templates.map((t) => <TemplateRow key={t.id} template={t} />)}
      </TableBody>
    </Table>
  );
}
