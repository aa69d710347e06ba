"use client";

import { useState } from "react";
import { formatCount } from "@/components/shared/format";

/** Strings longer than this show their start and a "show all" button. */
export const LONG_STRING = 200;

/** A JSON string in quotes; a long one is cut until asked for in full. */
export function LongString({ value }: { value: string }) {
  const [full, setFull] = useState(false);
  const long = value.length > LONG_STRING;
  const shown = long && !full ? value.slice(0, LONG_STRING) : value;
  return (
    <span className="break-all whitespace-pre-wrap text-(--syntax-string)">
      &quot;{shown}
      {long && !full && <span className="text-muted-foreground">…</span>}&quot;
      {long && (
        <button
          type="button"
          onClick={() => setFull((f) => !f)}
          className="ml-2 rounded-sm font-sans text-[11px] font-medium text-primary outline-none hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/50"
        >
          {full ? "show less" : `show all ${formatCount(value.length)} characters`}
        </button>
      )}
    </span>
  );
}
