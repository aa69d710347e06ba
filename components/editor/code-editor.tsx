"use client";

import dynamic from "next/dynamic";
import type { MonacoEditorProps } from "@/components/editor/monaco/monaco-editor";
import { Skeleton } from "@/components/ui/skeleton";

// Monaco touches window and document on import: client only, and out of the first bundle.
const MonacoEditor = dynamic(() => import("@/components/editor/monaco/monaco-editor").then((m) => m.MonacoEditor), {
  ssr: false,
  loading: () => <Skeleton className="m-4 h-[calc(100%-2rem)]" />,
});

export function CodeEditor(props: MonacoEditorProps) {
  return (
    <div data-testid="code-editor" className="relative h-full min-h-0 w-full overflow-hidden">
      <MonacoEditor {...props} />
    </div>
  );
}
