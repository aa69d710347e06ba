import { FlameIcon } from "lucide-react";
import Link from "next/link";
import { cn } from "@/lib/utils";

export function KilnLogo({ className, href = "/" }: { className?: string; href?: string }) {
  return (
    <Link
      href={href}
      className={cn(
        "inline-flex items-center gap-2 rounded-md font-semibold tracking-tight outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50",
        className,
      )}
    >
      <span className="flex size-7 items-center justify-center rounded-md bg-primary text-primary-foreground">
        <FlameIcon className="size-4" aria-hidden />
      </span>
      <span>Kiln</span>
    </Link>
  );
}
