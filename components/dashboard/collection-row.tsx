import { ChevronRightIcon, TableIcon } from "lucide-react";
import Link from "next/link";
import type { CollectionInfo } from "@/components/dashboard/types";
import { explorerUrl } from "@/components/explorer/explorer-params";
import { formatCount } from "@/components/shared/format";
import { cn } from "@/lib/utils";

export function explorerHref(database: string, collection: string): string {
  return explorerUrl({ db: database, collection });
}

/** A collection and its document count, linking to the data explorer. */
export function CollectionRow({ database, collection }: { database: string; collection: CollectionInfo }) {
  return (
    <li>
      <Link
        href={explorerHref(database, collection.name)}
        data-testid="collection-link"
        className={cn(
          "flex items-center gap-2 px-4 py-2 text-sm outline-none hover:bg-muted/40 focus-visible:bg-muted/40 focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:ring-inset",
          collection.internal && "text-muted-foreground",
        )}
      >
        <TableIcon className="size-3.5 shrink-0 text-muted-foreground" aria-hidden />
        <span className="min-w-0 flex-1 truncate font-mono text-xs">{collection.name}</span>
        <span className="text-xs text-muted-foreground tabular-nums">
          {formatCount(collection.count)} <span className="sr-only">documents</span>
          <span aria-hidden>{collection.count === 1 ? "doc" : "docs"}</span>
        </span>
        <ChevronRightIcon className="size-3.5 shrink-0 text-muted-foreground" aria-hidden />
      </Link>
    </li>
  );
}
