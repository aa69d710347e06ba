"use client";

import { useId } from "react";
import { toPageSize } from "@/components/explorer/explorer-params";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { PAGE_SIZES, type PageSize } from "@/lib/schemas/data";

/** Documents per page: 10, 25, 50 or 100. */
export function PageSizeSelect({ value, onChange }: { value: PageSize; onChange(value: PageSize): void }) {
  const id = useId();
  return (
    <div className="grid gap-1.5">
      <label htmlFor={id} className="text-xs font-medium">
        Per page
      </label>
      <Select value={String(value)} onValueChange={(v) => onChange(toPageSize(v))}>
        <SelectTrigger id={id} size="sm" data-testid="explorer-page-size" className="w-20">
          <SelectValue />
        </SelectTrigger>
        <SelectContent>
          {PAGE_SIZES.map((n) => (
            <SelectItem key={n} value={String(n)} data-testid={`explorer-page-size-${n}`}>
              {n}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
    </div>
  );
}
