import { ExternalLinkIcon } from "lucide-react";
import { CopyButton } from "@/components/shared/copy-button";
import { cn } from "@/lib/utils";

/** The app's public URL: a link that opens it in a new tab, plus a copy button. */
export function AppUrl({ url, className, testId = "app-url" }: { url: string; className?: string; testId?: string }) {
  const display = url.replace(/^https?:\/\//, "");
  return (
    <span className={cn("inline-flex min-w-0 items-center gap-0.5", className)}>
      <a
        href={url}
        target="_blank"
        rel="noreferrer"
        data-testid={testId}
        title={`Open ${url} in a new tab`}
        className="inline-flex min-w-0 items-center gap-1 rounded-sm font-mono text-xs text-muted-foreground outline-none hover:text-foreground hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/50"
      >
        <span className="truncate">{display}</span>
        <ExternalLinkIcon className="size-3 shrink-0" aria-hidden />
      </a>
      <CopyButton value={url} label="Copy URL" className="text-muted-foreground" />
    </span>
  );
}
