"use client";

import dynamic from "next/dynamic";
import type { DiffEditorProps } from "@/components/editor/monaco/diff-editor";
import { Skeleton } from "@/components/ui/skeleton";

// Monaco touches window and document on import: client only, and out of the first bundle.
const MonacoDiffEditor = dynamic(() => import("@/components/editor/monaco/diff-editor").then((m) => m.MonacoDiffEditor), {
  ssr: false,
  loading: () => <Skeleton className="m-4 h-[calc(100%-2rem)]" />,
});

/** Read-only side-by-side diff of one file between two versions. */
export function DiffCodeView(props: DiffEditorProps) {
  return (
    <div data-testid="diff-editor" className="relative h-full min-h-0 w-full overflow-hidden">
      <MonacoDiffEditor {...props} />
    </div>
  );
}
