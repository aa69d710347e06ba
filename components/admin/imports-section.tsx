"use client";

import { useIsMutating, useQuery } from "@tanstack/react-query";
import { useDeferredValue, useState } from "react";
import { toast } from "sonner";
import { AddImportForm } from "@/components/admin/add-import-form";
import { diffFromDefault, filterImports, withoutImport } from "@/components/admin/imports";
import { ImportsList } from "@/components/admin/imports-list";
import { ResetImportsDialog } from "@/components/admin/reset-imports-dialog";
import { useUpdateSettings } from "@/components/admin/use-update-settings";
import { SearchInput } from "@/components/shared/search-input";
import { SectionCard } from "@/components/shared/section-card";
import { QueryProblem } from "@/components/shared/section-states";
import { Label } from "@/components/ui/label";
import { Skeleton } from "@/components/ui/skeleton";
import { errorMessage, useTRPC } from "@/lib/trpc/react";
import { DEFAULT_ALLOWED_IMPORTS } from "@/lib/validator/defaults";

/** The validator's allow-list: search, add, remove, reset. Each change is saved at once. */
export function ImportsSection() {
  const trpc = useTRPC();
  const settings = useQuery(trpc.admin.settings.queryOptions());
  const remove = useUpdateSettings();
  // Every change sends the whole list: one at a time, so none overwrites another.
  const busy = useIsMutating({ mutationKey: trpc.admin.updateSettings.mutationKey() }) > 0;
  const [removing, setRemoving] = useState<string | null>(null);
  const [search, setSearch] = useState("");
  const query = useDeferredValue(search);

  if (settings.isError) {
    return (
      <div className="rounded-xl border bg-card shadow-sm">
        <QueryProblem error={settings.error} what="the allowed imports" onRetry={() => void settings.refetch()} />
      </div>
    );
  }
  if (settings.isPending) return <Skeleton className="h-96 rounded-xl" aria-hidden />;

  const list = settings.data.allowedImports;
  const { added, removed } = diffFromDefault(list, DEFAULT_ALLOWED_IMPORTS);

  function onRemove(name: string) {
    setRemoving(name);
    remove.mutate(
      { allowedImports: withoutImport(list, name) },
      {
        onSuccess: () => toast.success(`${name} is no longer allowed`),
        onError: (e) => toast.error(`Could not remove ${name}`, { description: errorMessage(e) }),
        onSettled: () => setRemoving(null),
      },
    );
  }

  return (
    <SectionCard
      title="Allowed imports"
      data-testid="imports-section"
      description="Modules that apps' code may import. Changes apply to the next check, in open editors and at deploy; running apps keep running."
      actions={<ResetImportsDialog added={added} removed={removed} busy={busy} />}
    >
      <div className="grid gap-4 border-b p-4 md:grid-cols-2">
        <AddImportForm list={list} busy={busy} />
        <div className="grid content-start gap-2">
          <Label htmlFor="import-search">Search</Label>
          <SearchInput
            id="import-search"
            data-testid="imports-search"
            placeholder="Filter the list…"
            autoComplete="off"
            value={search}
            onValue={setSearch}
          />
          <p className="text-xs text-muted-foreground" data-testid="imports-summary">
            {list.length} {list.length === 1 ? "module" : "modules"}
            {added.length > 0 && ` · ${added.length} added`}
            {removed.length > 0 && ` · ${removed.length} of the defaults removed`}
          </p>
        </div>
      </div>
      <ImportsList
        names={filterImports(list, query)}
        query={query}
        added={new Set(added)}
        removing={removing}
        busy={busy}
        onRemove={onRemove}
      />
    </SectionCard>
  );
}
