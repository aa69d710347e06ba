"use client";

import { FilePlusIcon } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { FileItem } from "@/components/editor/files/file-item";
import { FileNameDialog } from "@/components/editor/files/file-name-dialog";
import { sortPaths, starterText } from "@/components/editor/files/file-rules";
import { Button } from "@/components/ui/button";
import { Hint } from "@/components/ui/tooltip";
import { useEditorStore } from "@/stores/editor-store";
import { mergeProblems, useProblemsStore } from "@/stores/problems-store";

export function FileSidebar({ serverFiles }: { serverFiles: Record<string, string> }) {
  const files = useEditorStore((s) => s.files);
  const openPath = useEditorStore((s) => s.openPath);
  const live = useProblemsStore((s) => s.live);
  const deploy = useProblemsStore((s) => s.deploy);
  const [dialog, setDialog] = useState<{ mode: "new" } | { mode: "rename"; path: string } | null>(null);
  const problemsPerFile = new Map<string, number>();
  for (const p of mergeProblems(live, deploy)) problemsPerFile.set(p.file, (problemsPerFile.get(p.file) ?? 0) + 1);

  function remove(path: string) {
    const text = useEditorStore.getState().files[path] ?? "";
    useEditorStore.getState().deleteFile(path);
    toast(`Deleted ${path}`, { action: { label: "Undo", onClick: () => useEditorStore.getState().addFile(path, text) } });
  }

  function submit(path: string) {
    const store = useEditorStore.getState();
    if (dialog?.mode === "rename") store.renameFile(dialog.path, path);
    else store.addFile(path, starterText(path));
  }

  return (
    <nav aria-label="Files" className="flex h-full min-h-0 flex-col border-r bg-sidebar">
      <div className="flex h-10 shrink-0 items-center justify-between pr-1.5 pl-3">
        <h2 className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">Files</h2>
        <Hint label="New file">
          <Button
            variant="ghost"
            size="icon-xs"
            aria-label="New file"
            data-testid="new-file-button"
            onClick={() => setDialog({ mode: "new" })}
          >
            <FilePlusIcon aria-hidden />
          </Button>
        </Hint>
      </div>
      <ul className="flex-1 space-y-0.5 overflow-y-auto px-1.5 pb-2">
        {sortPaths(Object.keys(files)).map((path) => (
          <FileItem
            key={path}
            path={path}
            active={path === openPath}
            unsaved={serverFiles[path] !== files[path]}
            problems={problemsPerFile.get(path) ?? 0}
            onOpen={() => useEditorStore.getState().open(path)}
            onRename={() => setDialog({ mode: "rename", path })}
            onDelete={() => remove(path)}
          />
        ))}
      </ul>
      <FileNameDialog
        open={dialog !== null}
        onOpenChange={(open) => !open && setDialog(null)}
        current={dialog?.mode === "rename" ? dialog.path : undefined}
        onSubmit={submit}
      />
    </nav>
  );
}
