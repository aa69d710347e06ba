import type { ComponentProps, ReactNode } from "react";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { cn } from "@/lib/utils";

/** A labelled number input with its unit, a hint, and its error in place of the hint. */
export function NumberField({
  id,
  label,
  unit,
  hint,
  error,
  className,
  extra,
  ...props
}: Omit<ComponentProps<typeof Input>, "type"> & {
  id: string;
  label: string;
  unit: string;
  hint: ReactNode;
  error?: string;
  extra?: ReactNode;
}) {
  const describedBy = `${id}-${error ? "error" : "hint"}`;
  return (
    <div className={cn("grid content-start gap-2", className)}>
      <Label htmlFor={id}>{label}</Label>
      <div className="flex flex-wrap items-center gap-3">
        <div className="relative w-40">
          <Input
            id={id}
            type="number"
            inputMode="numeric"
            className="pr-20 tabular-nums"
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            {...props}
          />
          <span className="pointer-events-none absolute top-1/2 right-3 -translate-y-1/2 text-xs text-muted-foreground">{unit}</span>
        </div>
        {extra}
      </div>
      {error ? (
        <p id={describedBy} role="alert" className="text-sm text-destructive">
          {error}
        </p>
      ) : (
        <p id={describedBy} className="text-xs text-muted-foreground">
          {hint}
        </p>
      )}
    </div>
  );
}
