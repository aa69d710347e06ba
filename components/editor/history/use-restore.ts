"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { toast } from "sonner";
import { versionLabel } from "@/components/editor/history/version-labels";
import { codeHash } from "@/lib/code-hash";
import { errorMessage, useTRPC } from "@/lib/trpc/react";
import { sameFiles, useEditorStore } from "@/stores/editor-store";
import { useProblemsStore } from "@/stores/problems-store";

export interface RestoreTarget {
  id: string;
  number: number;
  message: string | null;
}

export interface PendingRestore {
  version: RestoreTarget;
  files: Record<string, string>;
}

/** The working copy (saved or not) can be replaced without a question only if it is exactly what is live. */
async function wouldLoseWork(files: Record<string, string>, liveHash: string | null) {
  if (liveHash === null) return true;
  try {
    return (await codeHash(files)) !== liveHash;
  } catch {
    return true;
  }
}

/**
 * "Restore into editor": loads a version's files into the working copy without deploying. The
 * draft saver then persists them like any edit. Asks first (via `pending`) when the editor holds
 * changes, saved or not, that are not live: they would be gone.
 */
export function useRestore({ appId, liveHash }: { appId: string; liveHash: string | null }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [loadingId, setLoadingId] = useState<string | null>(null);
  const [pending, setPending] = useState<PendingRestore | null>(null);

  const apply = useCallback(
    ({ version, files }: PendingRestore) => {
      useEditorStore.getState().load(appId, files);
      useProblemsStore.getState().setDeploy([]);
      setPending(null);
      toast.success(`${versionLabel(version)} is in the editor`, {
        description: "Not deployed. It is saved as your draft; Deploy ships it.",
      });
    },
    [appId],
  );

  /** Resolves to true when the files were put in the editor right away. */
  const request = useCallback(
    async (version: RestoreTarget): Promise<boolean> => {
      setLoadingId(version.id);
      try {
        const v = await queryClient.fetchQuery(
          trpc.apps.version.queryOptions({ id: appId, versionId: version.id }, { staleTime: Infinity }),
        );
        const current = useEditorStore.getState().files;
        if (sameFiles(current, v.files)) {
          toast.info(`The editor already holds ${versionLabel(version)}`);
          return false;
        }
        const next = { version, files: v.files };
        if (await wouldLoseWork(current, liveHash)) {
          setPending(next);
          return false;
        }
        apply(next);
        return true;
      } catch (error) {
        toast.error(`Could not load ${versionLabel(version)}`, { description: errorMessage(error) });
        return false;
      } finally {
        setLoadingId(null);
      }
    },
    [apply, appId, liveHash, queryClient, trpc],
  );

  return { request, apply, pending, cancel: () => setPending(null), loadingId };
}
