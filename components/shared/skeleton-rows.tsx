import { Skeleton } from "@/components/ui/skeleton";
import { TableCell, TableRow } from "@/components/ui/table";

/** Placeholder rows while a table loads: one bar across all `columns`. */
export function SkeletonRows({ rows = 4, columns, className = "h-12" }: { rows?: number; columns: number; className?: string }) {
  return Array.from({ length: rows }, (_, i) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
    <TableRow key={i} className={className}>
      <TableCell colSpan={columns}>
        <Skeleton className="h-4 w-full" />
      </TableCell>
    </TableRow>
  ));
}
