import { FileSearchIcon, FilterXIcon } from "lucide-react";
import { DocumentCard } from "@/components/explorer/document-card";
import type { JsonObject } from "@/components/explorer/ejson/classify";
import { EmptyState } from "@/components/shared/section-states";
import { Skeleton } from "@/components/ui/skeleton";
import { cn } from "@/lib/utils";

/** One page of documents as cards; skeletons while the first page loads, a note when there are none. */
export function DocumentsView({
  documents,
  loading,
  stale,
  filtered,
  offset,
}: {
  documents: JsonObject[] | undefined;
  loading: boolean;
  /** Showing the previous page while the next one loads. */
  stale: boolean;
  filtered: boolean;
  /** How many documents the earlier pages held, to number the cards. */
  offset: number;
}) {
  if (loading || !documents) {
    return (
      <div className="grid gap-3 p-4" aria-busy="true">
        <span className="sr-only">Loading documents…</span>
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} className="h-28 w-full rounded-lg" />
        ))}
      </div>
    );
  }
  if (documents.length === 0) {
    return filtered ? (
      <EmptyState icon={<FilterXIcon aria-hidden />} title="No documents match" className="py-14">
        Nothing in this collection matches the filter. Loosen it, or press Reset.
      </EmptyState>
    ) : (
      <EmptyState icon={<FileSearchIcon aria-hidden />} title="No documents here" className="py-14">
        This collection is empty{offset > 0 ? " past this point" : ""}.
      </EmptyState>
    );
  }
  return (
    <ol
      aria-label="Documents"
      aria-busy={stale || undefined}
      className={cn("grid grid-cols-1 gap-3 p-4 transition-opacity", stale && "opacity-60")}
      data-testid="explorer-docs"
    >
      {documents.map((doc, i) => (
        <li key={docKey(doc, i)} className="min-w-0">
          <DocumentCard doc={doc} position={offset + i + 1} />
        </li>
      ))}
    </ol>
  );
}

/** `_id` is unique in a collection (unless projected away): a stable key across refreshes. */
function docKey(doc: JsonObject, i: number): string {
  return doc._id === undefined ? `#${i}` : JSON.stringify(doc._id);
}
