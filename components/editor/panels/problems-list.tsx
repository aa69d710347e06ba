"use client";

import { CircleCheckIcon, CircleXIcon } from "lucide-react";
import type { ValidatorStatus } from "@/components/editor/hooks/use-live-validation";
import { useEditorStore } from "@/stores/editor-store";
import type { Problem } from "@/stores/problems-store";

/** Every problem (live validator + last deploy); a click jumps to the line. */
export function ProblemsList({ problems, validator }: { problems: Problem[]; validator: ValidatorStatus }) {
  return (
    <div className="h-full overflow-y-auto">
      <ul data-testid="problems-list" aria-label="Problems" className="py-1">
        {problems.map((p) => (
          <li key={`${p.file}:${p.line}:${p.column}:${p.message}`}>
            <button
              type="button"
              className="flex w-full items-start gap-2 px-3 py-1 text-left text-[13px] outline-none hover:bg-accent focus-visible:bg-accent"
              onClick={() => p.file && useEditorStore.getState().revealAt(p.file, p.line, p.column)}
            >
              <CircleXIcon className="mt-0.5 size-3.5 shrink-0 text-destructive" aria-hidden />
              <span className="min-w-0 flex-1">
                <span>{p.message}</span>{" "}
                <span className="font-mono text-xs text-muted-foreground">
                  {p.file ? `${p.file}:${p.line}:${p.column}` : "project"} · {p.rule}
                  {p.source === "deploy" && " · deploy"}
                </span>
              </span>
            </button>
          </li>
        ))}
      </ul>
      {problems.length === 0 && (
        <p className="flex items-center gap-2 px-3 py-2 text-sm text-muted-foreground">
          <CircleCheckIcon className="size-4 text-success" aria-hidden />
          {validator === "loading"
            ? "Loading the validator…"
            : validator === "unavailable"
              ? "Live checks are unavailable; the code is still checked when you deploy."
              : "No problems found."}
        </p>
      )}
    </div>
  );
}
