"use client";

import { useQuery } from "@tanstack/react-query";
import { EyeIcon } from "lucide-react";
import { QueryProblem } from "@/components/shared/section-states";
import { FilesPreview } from "@/components/templates/files-preview";
import { Skeleton } from "@/components/ui/skeleton";
import { STARTER_FILES } from "@/lib/starter-app";
import { useTRPC } from "@/lib/trpc/react";

/** The selected template's files, fetched when it is picked; null is the blank app (Kiln's hello-world). */
export function TemplatePreviewPane({ templateId }: { templateId: string | null }) {
  const trpc = useTRPC();
  const template = useQuery(
    trpc.templates.get.queryOptions({ id: templateId ?? "" }, { enabled: templateId !== null, staleTime: 5 * 60_000 }),
  );
  const files = templateId === null ? STARTER_FILES : template.data?.files;
  const title = templateId === null ? "Blank app" : (template.data?.name ?? "Loading…");
  return (
    <section
      aria-label="Preview"
      data-testid="template-preview"
      data-template={templateId ?? "blank"}
      data-state={files ? "ready" : template.isError ? "error" : "loading"}
      className="flex min-h-64 min-w-0 flex-col overflow-hidden rounded-lg border bg-card"
    >
      <header className="flex items-center gap-2 border-b px-3 py-2 text-sm">
        <EyeIcon className="size-4 text-muted-foreground" aria-hidden />
        <span className="truncate font-medium">{title}</span>
        {files && (
          <span className="ml-auto shrink-0 text-xs text-muted-foreground">
            {Object.keys(files).length} {Object.keys(files).length === 1 ? "file" : "files"}
          </span>
        )}
      </header>
      {files ? (
        <FilesPreview key={templateId ?? "blank"} files={files} />
      ) : template.isError ? (
        <QueryProblem error={template.error} what="the preview" onRetry={() => void template.refetch()} />
      ) : (
        <div className="grid gap-2 p-3" role="status" aria-label="Loading the preview">
          <Skeleton className="h-6 w-2/3" />
          <Skeleton className="h-4 w-full" />
          <Skeleton className="h-4 w-5/6" />
          <Skeleton className="h-4 w-3/4" />
        </div>
      )}
    </section>
  );
}
