"use client";

import { KeyRoundIcon, Trash2Icon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Hint } from "@/components/ui/tooltip";
import { cn } from "@/lib/utils";

export interface EnvRow {
  id: string;
  name: string;
  value: string;
  secret: boolean;
  /** An existing secret: its value is never sent to the browser; empty input keeps it. */
  stored: boolean;
}

export function EnvVarRow({ row, onChange, onRemove }: { row: EnvRow; onChange(patch: Partial<EnvRow>): void; onRemove(): void }) {
  const keepsSecret = row.secret && row.stored && row.value === "";
  return (
    <li className="grid grid-cols-[minmax(0,1fr)_minmax(0,1.3fr)_auto_auto] items-center gap-1.5">
      <Input
        aria-label="Variable name"
        placeholder="NAME"
        className="h-8 font-mono text-xs"
        value={row.name}
        spellCheck={false}
        autoComplete="off"
        onChange={(e) => onChange({ name: e.target.value })}
      />
      <Input
        aria-label={`Value of ${row.name || "variable"}`}
        type={row.secret ? "password" : "text"}
        placeholder={row.secret && row.stored ? "•••• set (type to replace)" : "value"}
        className="h-8 font-mono text-xs"
        value={row.value}
        spellCheck={false}
        autoComplete="off"
        onChange={(e) => onChange({ value: e.target.value })}
      />
      <Hint label={row.secret ? (keepsSecret ? "Secret: stored encrypted, never shown" : "Secret: write-only") : "Mark as secret"}>
        <Button
          variant="ghost"
          size="icon-sm"
          aria-label="Secret"
          aria-pressed={row.secret}
          className={cn(row.secret && "text-primary")}
          onClick={() => onChange({ secret: !row.secret })}
        >
          <KeyRoundIcon aria-hidden />
        </Button>
      </Hint>
      <Button variant="ghost" size="icon-sm" aria-label={`Remove ${row.name || "variable"}`} onClick={onRemove}>
        <Trash2Icon aria-hidden />
      </Button>
    </li>
  );
}
