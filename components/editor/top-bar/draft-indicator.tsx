"use client";

import {
  CircleCheckIcon,
  CircleDashedIcon,
  CircleDotIcon,
  CloudIcon,
  GitCompareArrowsIcon,
  Loader2Icon,
  TriangleAlertIcon,
} from "lucide-react";
import { draftState } from "@/components/editor/history/version-labels";
import { useDraftHash } from "@/components/editor/top-bar/use-draft-hash";
import { Hint } from "@/components/ui/tooltip";

function SaveState({ saving, dirty, saveFailed }: { saving: boolean; dirty: boolean; saveFailed: boolean }) {
  const isMac = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.userAgent);
  if (saving) {
    return (
      <span className="inline-flex items-center gap-1" data-testid="save-state" data-state="saving">
        <Loader2Icon className="size-3 animate-spin" aria-hidden /> Saving…
      </span>
    );
  }
  if (saveFailed) {
    return (
      <span className="inline-flex items-center gap-1 text-destructive" data-testid="save-state" data-state="failed">
        <TriangleAlertIcon className="size-3" aria-hidden /> Not saved
      </span>
    );
  }
  if (dirty) {
    return (
      <Hint label={`Saved automatically in a moment; ${isMac ? "⌘" : "Ctrl"}+S saves the draft now (without deploying)`}>
        <span data-testid="save-state" data-state="dirty">
          Unsaved
        </span>
      </Hint>
    );
  }
  return (
    <Hint label="The draft is saved on the server; it survives a reload. Deploy ships it.">
      <span className="inline-flex items-center gap-1" data-testid="save-state" data-state="saved">
        <CloudIcon className="size-3" aria-hidden /> Saved
      </span>
    </Hint>
  );
}

/** Two facts in one line: are the buffers saved, and is what you see what is live (which version). */
export function DraftIndicator({
  deployed,
  saving,
  dirty,
  saveFailed,
  onCompare,
}: {
  deployed: { number: number; codeHash: string } | null;
  saving: boolean;
  dirty: boolean;
  saveFailed: boolean;
  /** Opens the diff of the live version against the editor. */
  onCompare(): void;
}) {
  const state = draftState(useDraftHash(), deployed);
  const live = deployed ? `v${deployed.number}` : "";
  const drift =
    state === "never" ? (
      <Hint label="Nothing is live yet: press Deploy to ship the draft">
        <span data-testid="deploy-drift" data-state="never" className="inline-flex items-center gap-1">
          <CircleDashedIcon className="size-3" aria-hidden /> Never deployed
        </span>
      </Hint>
    ) : state === "unknown" ? null : state === "deployed" ? (
      <Hint label={`The live version (${live}) is exactly what is in the editor`}>
        <span data-testid="deploy-drift" data-state="deployed" className="inline-flex items-center gap-1 text-success">
          <CircleCheckIcon className="size-3" aria-hidden /> Editor = live {live}
        </span>
      </Hint>
    ) : (
      <span className="inline-flex items-center gap-1.5">
        <Hint label={`${live} is live; the editor differs from it. Deploy ships your latest changes.`}>
          <span data-testid="deploy-drift" data-state="changed" className="inline-flex items-center gap-1 text-warning">
            <CircleDotIcon className="size-3" aria-hidden /> Differs from live {live}
          </span>
        </Hint>
        <button
          type="button"
          data-testid="compare-live"
          onClick={onCompare}
          className="inline-flex items-center gap-1 rounded-sm font-medium text-foreground underline-offset-4 outline-none hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/50"
        >
          <GitCompareArrowsIcon className="size-3" aria-hidden /> Compare
        </button>
      </span>
    );

  return (
    <div className="hidden items-center gap-2 text-xs whitespace-nowrap text-muted-foreground lg:flex" aria-live="polite">
      <SaveState saving={saving} dirty={dirty} saveFailed={saveFailed} />
      <span aria-hidden>·</span>
      {drift}
    </div>
  );
}
