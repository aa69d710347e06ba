"use client";

import { useMemo } from "react";
import { highlight, languageOf, type TokenKind } from "@/lib/templates/highlight";
import { cn } from "@/lib/utils";

const TONE: Record<TokenKind, string | undefined> = {
  plain: undefined,
  keyword: "text-primary font-medium",
  string: "text-success",
  comment: "text-muted-foreground italic",
  number: "text-warning",
  decorator: "text-info",
  tag: "text-info",
};

/** A read-only, lightly highlighted view of one file (Monaco stays out of dialogs). */
export function CodePreview({ path, text, className }: { path: string; text: string; className?: string }) {
  const tokens = useMemo(() => highlight(text, languageOf(path)), [path, text]);
  return (
    <pre
      data-testid="template-preview-code"
      data-path={path}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the code scrolls, so keyboard users need to reach it
      tabIndex={0}
      className={cn(
        "min-h-0 overflow-auto bg-muted/30 p-3 font-mono text-xs leading-5 outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50",
        className,
      )}
    >
      <code>
        {text === "" ? (
          <span className="text-muted-foreground italic">(empty file)</span>
        ) : (
          tokens.map((t, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: tokens are re-derived from the text; position is their identity
            <span key={i} className={TONE[t.kind]}>
              {t.text}
            </span>
          ))
        )}
      </code>
    </pre>
  );
}
