"use client";

import { HashIcon, LoaderCircleIcon } from "lucide-react";
import { useExactCount } from "@/components/explorer/use-exact-count";
import { formatCount } from "@/components/shared/format";
import { Button } from "@/components/ui/button";
import { errorMessage } from "@/lib/trpc/react";

/** "Count matches" for the applied filter; the exact number once asked. */
export function MatchCount({ db, collection, filter }: { db: string; collection: string; filter: string }) {
  const { count, pending, error, request } = useExactCount(db, collection, filter);
  if (count !== undefined) {
    return (
      <p className="text-xs text-muted-foreground tabular-nums" aria-live="polite" data-testid="explorer-match-count">
        <span className="font-medium text-foreground">{formatCount(count)}</span> {count === 1 ? "document matches" : "documents match"}
      </p>
    );
  }
  return (
    <Button variant="outline" size="xs" onClick={request} disabled={pending} title={error ? errorMessage(error) : undefined}>
      {pending ? <LoaderCircleIcon className="animate-spin" aria-hidden /> : <HashIcon aria-hidden />}
      {error ? "Count failed · retry" : "Count matches"}
    </Button>
  );
}
