"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef } from "react";
import { toast } from "sonner";
import { errorMessage, useTRPC, useTRPCClient } from "@/lib/trpc/react";
import { sameFiles, useEditorStore } from "@/stores/editor-store";

const AUTOSAVE_MS = 1500;

/** The server's copy of the draft lives in the apps.get cache; this marks a file set as saved there. */
export function useMarkSaved(appId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    (files: Record<string, string>) =>
      queryClient.setQueryData(trpc.apps.get.queryKey({ id: appId }), (old) => (old ? { ...old, files } : old)),
    [appId, queryClient, trpc],
  );
}

/** Saves the working copy as the draft: on Ctrl/Cmd+S and 1.5 s after the last change. */
export function useDraftSaver(appId: string, serverFiles: Record<string, string>) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const markSaved = useMarkSaved(appId);
  const files = useEditorStore((s) => s.files);
  const update = useMutation(trpc.apps.update.mutationOptions());
  const chain = useRef<Promise<boolean>>(Promise.resolve(true));
  const lastError = useRef<string | null>(null);
  const dirty = !sameFiles(files, serverFiles);

  const save = useCallback(
    (opts: { silent?: boolean } = {}): Promise<boolean> => {
      // One save at a time, each sending the newest buffers.
      chain.current = chain.current.then(async () => {
        const snapshot = useEditorStore.getState().files;
        try {
          await update.mutateAsync({ id: appId, files: snapshot });
          markSaved(snapshot);
          lastError.current = null;
          return true;
        } catch (error) {
          const message = errorMessage(error);
          if (!opts.silent || lastError.current !== message) toast.error("Could not save the draft", { description: message });
          lastError.current = message;
          return false;
        }
      });
      return chain.current;
    },
    [appId, markSaved, update.mutateAsync],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: `files` restarts the debounce on every edit
  useEffect(() => {
    if (!dirty) return;
    const timer = setTimeout(() => void save({ silent: true }), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [dirty, files, save]);

  // Leaving the editor within the autosave delay still saves the last keystrokes.
  const pending = useRef({ dirty, files });
  pending.current = { dirty, files };
  useEffect(
    () => () => {
      const { dirty: unsaved, files: last } = pending.current;
      if (!unsaved) return;
      client.apps.update.mutate({ id: appId, files: last }).then(
        () => markSaved(last),
        (error: unknown) => toast.error("Could not save the draft", { description: errorMessage(error) }),
      );
    },
    [appId, client, markSaved],
  );

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  return { save, dirty, saving: update.isPending, failed: update.isError && dirty };
}
