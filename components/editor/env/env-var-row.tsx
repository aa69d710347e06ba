"use client";

import { KeyRoundIcon, Trash2Icon } from "lucide-react";
import type { EnvRow } from "@/components/editor/env/env-rows";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Hint } from "@/components/ui/tooltip";
import { cn } from "@/lib/utils";

export type { EnvRow };

export function EnvVarRow({ row, onChange, onRemove }: { row: EnvRow; onChange(patch: Partial<EnvRow>): void; onRemove(): void }) {
  const keepsSecret = row.secret && row.stored && row.value === "";
  const unset = keepsSecret && !row.set;
  return (
    <li
      data-testid="env-var-row"
      data-name={row.name}
      data-unset={unset || undefined}
      className="grid grid-cols-[minmax(0,1fr)_minmax(0,1.3fr)_auto_auto] items-center gap-1.5"
    >
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
        placeholder={unset ? "not set — enter a value" : keepsSecret ? "•••• set (type to replace)" : "value"}
        className={cn("h-8 font-mono text-xs", unset && "border-warning/60 placeholder:text-warning")}
        value={row.value}
        spellCheck={false}
        autoComplete="off"
        onChange={(e) => onChange({ value: e.target.value })}
      />
      <Hint
        label={
          row.secret
            ? unset
              ? "Secret: not set yet"
              : keepsSecret
                ? "Secret: stored encrypted, never shown"
                : "Secret: write-only"
            : "Mark as secret"
        }
      >
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
