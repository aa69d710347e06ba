"use client";

import { useMutation } from "@tanstack/react-query";
import { useCallback } from "react";
import { versionLabel } from "@/components/editor/history/version-labels";
import { startDeployment } from "@/components/editor/hooks/use-deploy";
import { useTRPC } from "@/lib/trpc/react";

/**
 * Rollback = a new deployment of an old version. Its progress shows exactly like a deploy's
 * (deploy store, bottom panel, top-bar status); the editor's draft is left alone.
 */
export function useRollback(appId: string) {
  const trpc = useTRPC();
  const rollback = useMutation(trpc.apps.rollback.mutationOptions());
  return useCallback(
    (version: { id: string; number: number }) =>
      startDeployment(appId, () => rollback.mutateAsync({ id: appId, versionId: version.id }), {
        problemsInEditor: false,
        failureTitle: `Could not roll back to ${versionLabel(version)}`,
      }),
    [appId, rollback.mutateAsync],
  );
}
