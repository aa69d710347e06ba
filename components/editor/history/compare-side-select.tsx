"use client";

import { useId } from "react";
import {
  type DiffSide,
  DRAFT,
  parseSideKey,
  sideKey,
  sideLabel,
  type VersionInfo,
  versionSide,
} from "@/components/editor/history/version-labels";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";

/** Picks one side of a comparison: the editor's draft or any of the listed versions. */
export function CompareSideSelect({
  label,
  value,
  versions,
  onChange,
  testId,
}: {
  label: string;
  value: DiffSide;
  versions: readonly VersionInfo[];
  onChange(side: DiffSide): void;
  testId: string;
}) {
  const id = useId();
  return (
    <div className="grid min-w-0 gap-1">
      <label htmlFor={id} className="text-xs font-medium text-muted-foreground">
        {label}
      </label>
      <Select value={sideKey(value)} onValueChange={(key) => onChange(parseSideKey(key))}>
        <SelectTrigger id={id} size="sm" className="w-60 max-w-full" data-testid={testId}>
          <SelectValue>
            <span className="truncate">{sideLabel(value, versions)}</span>
          </SelectValue>
        </SelectTrigger>
        <SelectContent className="max-h-80">
          <SelectItem value={sideKey(DRAFT)}>{sideLabel(DRAFT, versions)}</SelectItem>
          {versions.map((v) => (
            <SelectItem key={v.id} value={sideKey(versionSide(v.id))} data-testid={`${testId}-v${v.number}`}>
              <span className="max-w-72 truncate">{sideLabel(versionSide(v.id), versions)}</span>
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
    </div>
  );
}
