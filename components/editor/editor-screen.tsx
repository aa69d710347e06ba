"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useCallback, useMemo } from "react";
import { CodeEditor } from "@/components/editor/code-editor";
import { EditorSkeleton } from "@/components/editor/editor-skeleton";
import { FileSidebar } from "@/components/editor/files/file-sidebar";
import { DeployWatcher } from "@/components/editor/hooks/deploy-watcher";
import { useDeploy } from "@/components/editor/hooks/use-deploy";
import { useDraftSaver } from "@/components/editor/hooks/use-draft-saver";
import { type AppDetail, useEditorSession } from "@/components/editor/hooks/use-editor-session";
import { useEditorShortcuts } from "@/components/editor/hooks/use-editor-shortcuts";
import { useLiveValidation } from "@/components/editor/hooks/use-live-validation";
import { BottomPanel } from "@/components/editor/panels/bottom-panel";
import { EditorTopBar } from "@/components/editor/top-bar/editor-top-bar";
import { TestPanel } from "@/components/test-panel/test-panel";
import { Button } from "@/components/ui/button";
import { errorMessage, trpcErrorCode, useTRPC } from "@/lib/trpc/react";
import { useEditorStore } from "@/stores/editor-store";
import { usePanelStore } from "@/stores/panel-store";
import { mergeProblems, useProblemsStore } from "@/stores/problems-store";
import { useRehydrateStores } from "@/stores/use-rehydrate-stores";

export function EditorScreen({ appId }: { appId: string }) {
  useRehydrateStores();
  const trpc = useTRPC();
  const app = useQuery(
    trpc.apps.get.queryOptions({ id: appId }, { refetchInterval: (q) => (q.state.data?.status === "deploying" ? 2_000 : 15_000) }),
  );
  const ready = useEditorSession(appId, app.data);

  if (app.isError) {
    const notFound = trpcErrorCode(app.error) === "NOT_FOUND";
    return (
      <main className="flex h-dvh flex-col items-center justify-center gap-4 p-6 text-center">
        <h1 className="text-xl font-semibold">{notFound ? "This app does not exist" : "Could not open the app"}</h1>
        <p className="max-w-md text-sm text-muted-foreground">{notFound ? "It may have been deleted." : errorMessage(app.error)}</p>
        <Button asChild variant="outline">
          <Link href="/">Back to your apps</Link>
        </Button>
      </main>
    );
  }
  if (!app.data || !ready) return <EditorSkeleton />;
  return <EditorWorkspace app={app.data} />;
}

function EditorWorkspace({ app }: { app: AppDetail }) {
  const validator = useLiveValidation();
  const live = useProblemsStore((s) => s.live);
  const deployProblems = useProblemsStore((s) => s.deploy);
  // Stable between keystrokes, so markers are only re-set when the findings change.
  const problems = useMemo(() => mergeProblems(live, deployProblems), [live, deployProblems]);
  const testPanelOpen = usePanelStore((s) => s.testPanelOpen);
  const saver = useDraftSaver(app.id, app.files);
  const deploy = useDeploy(app.id);
  const save = useCallback(() => void saver.save(), [saver.save]);
  // The shortcut deploys at once, without a message; the top bar's arrow asks for one.
  useEditorShortcuts({ deploy: () => void deploy(), save });

  const onChange = useCallback((path: string, text: string) => {
    useEditorStore.getState().setContent(path, text);
    useProblemsStore.getState().clearDeployFor(path);
  }, []);

  return (
    <div className="flex h-dvh min-w-[1024px] flex-col overflow-hidden">
      <DeployWatcher appId={app.id} appUrl={app.url} />
      <EditorTopBar app={app} save={saver} onDeploy={(message) => void deploy({ message })} />
      <div className="flex min-h-0 flex-1">
        <div className="w-48 shrink-0 xl:w-56">
          <FileSidebar serverFiles={app.files} />
        </div>
        <main className="flex min-w-0 flex-1 flex-col" aria-label="Editor">
          <div className="min-h-0 flex-1">
            <CodeEditor appId={app.id} problems={problems} onChange={onChange} onDeploy={() => void deploy()} onSave={save} />
          </div>
          <BottomPanel appId={app.id} problems={problems} validator={validator} />
        </main>
        {testPanelOpen && (
          <div className="w-80 shrink-0 xl:w-96">
            <TestPanel appId={app.id} />
          </div>
        )}
      </div>
    </div>
  );
}
