"use client";

import { FileCodeIcon } from "lucide-react";
import { useMemo, useState } from "react";
import { CodePreview } from "@/components/templates/code-preview";
import { lineCount, orderFiles, shownFile } from "@/lib/templates/preview";
import { cn } from "@/lib/utils";

/** A template's files: pick one from the list, read it below. */
export function FilesPreview({ files }: { files: Record<string, string> }) {
  const paths = useMemo(() => orderFiles(Object.keys(files)), [files]);
  const [picked, setPicked] = useState<string | null>(null);
  const shown = shownFile(paths, picked);
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <ul aria-label="Files" className="flex max-h-24 shrink-0 flex-wrap gap-1 overflow-y-auto border-b p-2">
        {paths.map((path) => (
          <li key={path}>
            <button
              type="button"
              aria-pressed={path === shown}
              data-testid="template-preview-file"
              data-path={path}
              title={`${path} (${lineCount(files[path] ?? "")} lines)`}
              onClick={() => setPicked(path)}
              className={cn(
                "inline-flex max-w-56 items-center gap-1 rounded-md px-2 py-1 font-mono text-xs text-muted-foreground outline-none",
                "hover:bg-accent hover:text-accent-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50",
                path === shown && "bg-accent text-accent-foreground",
              )}
            >
              <FileCodeIcon className="size-3.5 shrink-0" aria-hidden />
              <span className="truncate">{path}</span>
            </button>
          </li>
        ))}
      </ul>
      {shown !== null ? (
        <CodePreview path={shown} text={files[shown] ?? ""} className="flex-1" />
      ) : (
        <p className="p-4 text-sm text-muted-foreground">This template has no files.</p>
      )}
    </div>
  );
}
