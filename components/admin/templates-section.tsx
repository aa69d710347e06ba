"use client";

import { useQuery } from "@tanstack/react-query";
import { useDeferredValue, useState } from "react";
import { TemplatesPromoteDialog } from "@/components/admin/templates-promote-dialog";
import { TemplatesTable } from "@/components/admin/templates-table";
import { SearchInput } from "@/components/shared/search-input";
import { SectionCard } from "@/components/shared/section-card";
import { QueryProblem } from "@/components/shared/section-states";
import { filterTemplates } from "@/lib/templates/gallery";
import { useTRPC } from "@/lib/trpc/react";

/** Every template on this Kiln (Kiln's own, promoted, and every user's): hide, edit, delete, promote. */
export function TemplatesSection() {
  const trpc = useTRPC();
  const list = useQuery(trpc.admin.templates.queryOptions());
  const [search, setSearch] = useState("");
  const query = useDeferredValue(search.trim());
  const templates = list.data?.templates ?? [];
  const shown = filterTemplates(templates, query);
  const hidden = templates.filter((t) => t.hidden).length;

  return (
    <SectionCard
      title="Templates"
      description={
        list.data
          ? `${templates.length} ${templates.length === 1 ? "template" : "templates"}${hidden ? `, ${hidden} hidden from the gallery` : ""}`
          : "What people start new apps from"
      }
      actions={<TemplatesPromoteDialog />}
      data-testid="templates-section"
    >
      <div className="flex flex-col gap-2 border-b px-4 py-2.5 sm:flex-row sm:items-center sm:justify-between">
        <SearchInput
          compact
          className="font-sans"
          wrapperClassName="sm:w-64"
          aria-label="Search templates by name, description or tag"
          data-testid="admin-templates-search"
          placeholder="Search templates…"
          value={search}
          onValue={setSearch}
        />
        <p className="text-xs text-muted-foreground" aria-live="polite">
          {shown.length === templates.length ? `${templates.length} shown` : `${shown.length} of ${templates.length}`}
        </p>
      </div>
      <div data-testid="templates-table" className="min-h-52">
        {list.isError && !list.data ? (
          <QueryProblem error={list.error} what="the templates" onRetry={() => void list.refetch()} />
        ) : (
          <TemplatesTable templates={shown} loading={list.isPending} search={query} />
        )}
      </div>
    </SectionCard>
  );
}
