"use client";

import { HashIcon, LoaderCircleIcon } from "lucide-react";
import Link from "next/link";
import { rowClass } from "@/components/explorer/explorer-panel";
import { explorerUrl } from "@/components/explorer/explorer-params";
import type { CollectionInfo } from "@/components/explorer/types";
import { useExactCount } from "@/components/explorer/use-exact-count";
import { formatBytes, formatCount } from "@/components/shared/format";
import { Button } from "@/components/ui/button";
import { Hint } from "@/components/ui/tooltip";
import { errorMessage } from "@/lib/trpc/react";

/** A collection: a link that opens it, its count ("~" while estimated, exact on request) and size. */
export function CollectionItem({ db, collection, selected }: { db: string; collection: CollectionInfo; selected: boolean }) {
  const exact = useExactCount(db, collection.name);
  const count = exact.count ?? collection.count;
  const estimated = exact.count === undefined && collection.countIsEstimate;

  return (
    <li className="group/item flex items-center">
      <Link
        href={explorerUrl({ db, collection: collection.name })}
        aria-current={selected ? "page" : undefined}
        data-testid={`explorer-collection-${collection.name}`}
        data-internal={collection.internal || undefined}
        className={rowClass(selected, collection.internal)}
      >
        <span className="truncate font-mono text-xs" title={collection.name}>
          {collection.name}
        </span>
        <span className="text-xs text-muted-foreground tabular-nums">
          <span data-testid="collection-count" title={estimated ? "Estimated from collection metadata" : "Exact count"}>
            {estimated && (
              <>
                <span aria-hidden>~</span>
                <span className="sr-only">about </span>
              </>
            )}
            {formatCount(count)}
          </span>{" "}
          {count === 1 ? "doc" : "docs"}
          {collection.sizeBytes !== null && ` · ${formatBytes(collection.sizeBytes)}`}
        </span>
      </Link>
      {estimated && (
        <Hint label={exact.error ? `Count failed: ${errorMessage(exact.error)}` : "Count exactly"}>
          <Button
            variant="ghost"
            size="icon-xs"
            className="mr-1.5 text-muted-foreground"
            aria-label={`Count the documents in ${collection.name} exactly`}
            data-testid={`explorer-exact-count-${collection.name}`}
            disabled={exact.pending}
            onClick={exact.request}
          >
            {exact.pending ? <LoaderCircleIcon className="animate-spin" aria-hidden /> : <HashIcon aria-hidden />}
          </Button>
        </Hint>
      )}
    </li>
  );
}
