import { DatabaseIcon } from "lucide-react";
import Link from "next/link";
import { ExplorerPanel, rowClass } from "@/components/explorer/explorer-panel";
import { explorerUrl } from "@/components/explorer/explorer-params";
import type { DatabaseInfo } from "@/components/explorer/types";
import { formatBytes } from "@/components/shared/format";
import { EmptyState } from "@/components/shared/section-states";
import { Badge } from "@/components/ui/badge";
import { Skeleton } from "@/components/ui/skeleton";

/** The databases you can read; an administrator sees everyone's, each labelled with its owner. */
export function DatabaseList({
  databases,
  selected,
  showOwner,
}: {
  databases: DatabaseInfo[] | undefined;
  selected: string | null;
  showOwner: boolean;
}) {
  return (
    <ExplorerPanel title="Databases" data-testid="explorer-databases">
      {!databases ? (
        <div className="grid gap-2 p-3" aria-hidden>
          <Skeleton className="h-9 w-full" />
          <Skeleton className="h-9 w-3/4" />
        </div>
      ) : databases.length === 0 ? (
        <EmptyState icon={<DatabaseIcon aria-hidden />} title="No databases yet" className="py-6">
          Your database appears once an app writes to <code className="font-mono">PLATFORM_MONGO_URI</code>.
        </EmptyState>
      ) : (
        <ul className="py-1">
          {databases.map((d) => (
            <li key={d.name} className="flex">
              <Link
                href={explorerUrl({ db: d.name })}
                aria-current={d.name === selected ? "page" : undefined}
                data-testid={`explorer-db-${d.name}`}
                className={rowClass(d.name === selected)}
              >
                <span className="truncate font-mono text-xs" title={d.name}>
                  {d.name}
                </span>
                <span className="flex min-w-0 items-center gap-1.5 text-xs text-muted-foreground">
                  <span className="shrink-0">
                    {d.collections} {d.collections === 1 ? "collection" : "collections"}
                    {d.sizeBytes !== null && ` · ${formatBytes(d.sizeBytes)}`}
                  </span>
                  {showOwner && (
                    <Badge variant="muted" className="min-w-0 truncate px-1.5 py-0 text-[10px]" title={`Owner: ${d.owner.username}`}>
                      {d.owner.username}
                    </Badge>
                  )}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </ExplorerPanel>
  );
}
