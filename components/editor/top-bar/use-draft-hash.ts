"use client";

import { useEffect, useState } from "react";
import { codeHash } from "@/lib/code-hash";
import { useEditorStore } from "@/stores/editor-store";

/** The code hash of the editor's working copy (same as a version's), recomputed 250 ms after edits. */
export function useDraftHash(): string | null {
  const files = useEditorStore((s) => s.files);
  const [hash, setHash] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
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
