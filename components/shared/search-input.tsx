import { SearchIcon } from "lucide-react";
import type { ComponentProps } from "react";
import { Input } from "@/components/ui/input";
import { cn } from "@/lib/utils";

/** A search field with its magnifier: `compact` for toolbars inside a card (h-8), the default for page-level searches. */
export function SearchInput({
  compact = false,
  className,
  wrapperClassName,
  onValue,
  ...props
}: Omit<ComponentProps<typeof Input>, "type" | "onChange"> & {
  compact?: boolean;
  wrapperClassName?: string;
  onValue(value: string): void;
}) {
  return (
    <div className={cn("relative", wrapperClassName)}>
      <SearchIcon
        className={cn(
          "pointer-events-none absolute top-1/2 left-2.5 -translate-y-1/2 text-muted-foreground",
          compact ? "size-3.5" : "size-4",
        )}
        aria-hidden
      />
      <Input
        type="search"
        spellCheck={false}
        className={cn("pl-8", compact && "h-8", className)}
        onChange={(e) => onValue(e.target.value)}
        {...props}
      />
    </div>
  );
}
