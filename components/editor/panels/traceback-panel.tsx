"use client";

import { ChevronRightIcon } from "lucide-react";
import { useState } from "react";
import { cn } from "@/lib/utils";

/** A long block of process output (traceback, last lines), collapsed to one line until opened. */
export function TracebackPanel({ title, text, defaultOpen = false }: { title: string; text: string; defaultOpen?: boolean }) {
  const [open, setOpen] = useState(defaultOpen);
  return (
    <div className="rounded-md border">
      <button
        type="button"
        aria-expanded={open}
        className="flex w-full items-center gap-1.5 px-2 py-1.5 text-left text-xs font-medium outline-none hover:bg-accent focus-visible:ring-[3px] focus-visible:ring-ring/50"
        onClick={() => setOpen(!open)}
      >
        <ChevronRightIcon className={cn("size-3.5 transition-transform", open && "rotate-90")} aria-hidden />
        {title}
      </button>
      {open && (
        <pre data-testid="traceback" className="max-h-64 overflow-auto border-t bg-muted/50 p-2 font-mono text-xs leading-5 whitespace-pre">
          {text}
        </pre>
      )}
    </div>
  );
}
