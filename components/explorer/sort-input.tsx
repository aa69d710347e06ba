import { ArrowDownNarrowWideIcon, ArrowUpNarrowWideIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

export type SortDirection = "asc" | "desc";

/** A sort field and its direction (a toggle between ascending and descending). */
export function SortInput({
  id,
  field,
  direction,
  onField,
  onDirection,
  ...aria
}: {
  id: string;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
  field: string;
  direction: SortDirection;
  onField(value: string): void;
  onDirection(value: SortDirection): void;
}) {
  const asc = direction === "asc";
  return (
    <div className="flex gap-1">
      <Input
        id={id}
        data-testid="explorer-sort"
        value={field}
        onChange={(e) => onField(e.target.value)}
        placeholder="field, e.g. createdAt"
        spellCheck={false}
        autoCapitalize="off"
        className="h-8 font-mono text-xs"
        {...aria}
      />
      <Button
        variant="outline"
        size="sm"
        data-testid="explorer-sort-direction"
        aria-label={`Sort direction: ${asc ? "ascending" : "descending"}`}
        title={asc ? "Ascending (click for descending)" : "Descending (click for ascending)"}
        onClick={() => onDirection(asc ? "desc" : "asc")}
        className="w-20"
      >
        {asc ? <ArrowUpNarrowWideIcon aria-hidden /> : <ArrowDownNarrowWideIcon aria-hidden />}
        {asc ? "Asc" : "Desc"}
      </Button>
    </div>
  );
}
