"use client";

import { CircleCheckIcon, CircleDotIcon, CloudIcon, Loader2Icon, TriangleAlertIcon } from "lucide-react";
import { useEffect, useState } from "react";
import { Hint } from "@/components/ui/tooltip";
import { codeHash } from "@/lib/code-hash";
import { useEditorStore } from "@/stores/editor-store";

function useDraftHash(): string | null {
  const files = useEditorStore((s) => s.files);
  const [hash, setHash] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    // codeHash needs crypto.subtle (a secure context); without it the indicator simply stays quiet.
    const t = setTimeout(
      () =>
        void codeHash(files).then(
          (h) => !cancelled && setHash(h),
          () => undefined,
        ),
      250,
    );
    return () => {
      cancelled = true;
      clearTimeout(t);
    };
  }, [files]);
  return hash;
}

/** Two facts in one line: are the buffers saved, and is what you see what is deployed. */
export function DraftIndicator({
  deployed,
  saving,
  dirty,
  saveFailed,
}: {
  deployed: { number: number; codeHash: string } | null;
  saving: boolean;
  dirty: boolean;
  saveFailed: boolean;
}) {
  const hash = useDraftHash();
  const save = saving ? (
    <span className="inline-flex items-center gap-1">
      <Loader2Icon className="size-3 animate-spin" aria-hidden /> Saving…
    </span>
  ) : saveFailed ? (
    <span className="inline-flex items-center gap-1 text-destructive">
      <TriangleAlertIcon className="size-3" aria-hidden /> Not saved
    </span>
  ) : dirty ? (
    <span>Unsaved</span>
  ) : (
    <span className="inline-flex items-center gap-1">
      <CloudIcon className="size-3" aria-hidden /> Saved
    </span>
  );

  const upToDate = deployed !== null && hash === deployed.codeHash;
  const deploy =
    deployed === null ? (
      <span data-testid="deploy-drift" data-state="never">
        Not deployed yet
      </span>
    ) : hash === null ? null : upToDate ? (
      <Hint label="The running version is exactly what is in the editor">
        <span data-testid="deploy-drift" data-state="deployed" className="inline-flex items-center gap-1 text-success">
          <CircleCheckIcon className="size-3" aria-hidden /> Deployed v{deployed.number}
        </span>
      </Hint>
    ) : (
      <Hint label={`Version ${deployed.number} is running; press Deploy to ship your latest changes`}>
        <span data-testid="deploy-drift" data-state="changed" className="inline-flex items-center gap-1 text-warning">
          <CircleDotIcon className="size-3" aria-hidden /> Changes not deployed
        </span>
      </Hint>
    );

  return (
    <div className="hidden items-center gap-2 text-xs whitespace-nowrap text-muted-foreground lg:flex" aria-live="polite">
      {save}
      <span aria-hidden>·</span>
      {deploy}
    </div>
  );
}
