"use client";

import { PlusIcon, XIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { type HeaderRow, newHeaderRow } from "@/stores/test-panel-store";

export function HeadersEditor({ rows, onChange }: { rows: HeaderRow[]; onChange(rows: HeaderRow[]): void }) {
  const patch = (id: string, p: Partial<HeaderRow>) => onChange(rows.map((r) => (r.id === id ? { ...r, ...p } : r)));
  return (
    <div className="grid gap-1.5">
      {rows.map((row) => (
        <div key={row.id} className="grid grid-cols-[minmax(0,1fr)_minmax(0,1.4fr)_auto] gap-1.5">
          <Input
            aria-label="Header name"
            placeholder="header"
            className="h-8 font-mono text-xs"
            spellCheck={false}
            value={row.key}
            onChange={(e) => patch(row.id, { key: e.target.value })}
          />
          <Input
            aria-label={`Value of ${row.key || "header"}`}
            placeholder="value"
            className="h-8 font-mono text-xs"
            spellCheck={false}
            value={row.value}
            onChange={(e) => patch(row.id, { value: e.target.value })}
          />
          <Button
            variant="ghost"
            size="icon-sm"
            aria-label={`Remove header ${row.key}`}
            onClick={() => onChange(rows.filter((r) => r.id !== row.id))}
          >
            <XIcon aria-hidden />
          </Button>
        </div>
      ))}
      <Button variant="ghost" size="xs" className="w-fit text-muted-foreground" onClick={() => onChange([...rows, newHeaderRow()])}>
        <PlusIcon aria-hidden /> Add header
      </Button>
    </div>
  );
}
