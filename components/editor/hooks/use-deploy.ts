"use client";

import { useMutation } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useCallback } from "react";
import { toast } from "sonner";
import { useMarkSaved } from "@/components/editor/hooks/use-draft-saver";
import { errorMessage, trpcErrorCode, useTRPC } from "@/lib/trpc/react";
import { isDeploying, useDeployStore } from "@/stores/deploy-store";
import { useEditorStore } from "@/stores/editor-store";
import { usePanelStore } from "@/stores/panel-store";
import { type Problem, useProblemsStore } from "@/stores/problems-store";

interface ValidationDetail {
  file: string;
  line: number;
  column: number;
  message: string;
  rule: string;
}

function validationDetails(error: unknown): ValidationDetail[] {
  if (!(error instanceof TRPCClientError)) return [];
  const details = (error.data as { details?: unknown } | undefined)?.details;
  return Array.isArray(details) ? (details as ValidationDetail[]).filter((d) => typeof d?.message === "string") : [];
}

export interface DeployOptions {
  /** Optional note stored with the new version ("Add /health"). */
  message?: string;
}

/**
 * One request that starts a deployment (deploy or rollback), shown the same way: the deploy
 * store and panel follow it, events then arrive through DeployWatcher. With `problemsInEditor`,
 * validation errors are the editor's own files and become markers; otherwise (an old version)
 * they are listed in the failure message. Resolves to whether the server accepted it.
 */
export async function startDeployment(
  appId: string,
  request: () => Promise<{ deploymentId: string }>,
  { problemsInEditor, failureTitle }: { problemsInEditor: boolean; failureTitle: string },
): Promise<boolean> {
  const store = useDeployStore.getState();
  if (isDeploying(store.phase)) return false;
  store.begin(appId);
  usePanelStore.getState().showBottom("deploy");
  useProblemsStore.getState().setDeploy([]);
  try {
    const { deploymentId } = await request();
    useDeployStore.getState().track(appId, deploymentId, "validating");
    return true;
  } catch (error) {
    const details = validationDetails(error);
    const kind = trpcErrorCode(error) === "UNPROCESSABLE_CONTENT" ? "validation" : "request";
    let message = errorMessage(error);
    if (details.length > 0 && problemsInEditor) {
      const problems: Problem[] = details.map((d) => ({ ...d, source: "deploy" }));
      useProblemsStore.getState().setDeploy(problems);
      usePanelStore.getState().showBottom("problems");
      const first = problems.find((p) => p.file);
      if (first) useEditorStore.getState().revealAt(first.file, first.line, first.column);
    } else if (details.length > 0) {
      message = [message, ...details.map((d) => `${d.file}:${d.line}: ${d.message}`)].join("\n");
    }
    useDeployStore.getState().fail({ kind, message });
    toast.error(failureTitle, { description: errorMessage(error) });
    return false;
  }
}

/** Deploy = save the buffers as the draft + apps.deploy (with an optional message). */
export function useDeploy(appId: string) {
  const trpc = useTRPC();
  const markSaved = useMarkSaved(appId);
  const deploy = useMutation(trpc.apps.deploy.mutationOptions());

  return useCallback(
    async (options: DeployOptions = {}) => {
      const files = useEditorStore.getState().files;
      const message = options.message?.trim() || undefined;
      await startDeployment(
        appId,
        async () => {
          const accepted = await deploy.mutateAsync({ id: appId, files, message });
          markSaved(files);
          return accepted;
        },
        { problemsInEditor: true, failureTitle: "Not deployed" },
      );
    },
    [appId, deploy.mutateAsync, markSaved],
  );
}
