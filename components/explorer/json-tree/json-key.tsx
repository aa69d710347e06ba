import { cn } from "@/lib/utils";

/** A field name (or an array index, dimmed) followed by its colon. */
export function JsonKey({ name, index = false }: { name: string; index?: boolean }) {
  return (
    <span className="shrink-0">
      <span className={cn(index ? "text-muted-foreground" : "text-foreground")}>{index ? name : `"${name}"`}</span>
      {/* pre: the space after the colon is the last thing in a flex item, where it would collapse. */}
      <span className="whitespace-pre text-muted-foreground">: </span>
    </span>
  );
}
