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

/** Deploy = save the buffers as the draft + apps.deploy; events then arrive through DeployWatcher. */
export function useDeploy(appId: string) {
  const trpc = useTRPC();
  const markSaved = useMarkSaved(appId);
  const deploy = useMutation(trpc.apps.deploy.mutationOptions());

  return useCallback(async () => {
    const store = useDeployStore.getState();
    if (isDeploying(store.phase)) return;
    const files = useEditorStore.getState().files;
    store.begin(appId);
    usePanelStore.getState().showBottom("deploy");
    useProblemsStore.getState().setDeploy([]);
    try {
      const { deploymentId } = await deploy.mutateAsync({ id: appId, files });
      markSaved(files);
      useDeployStore.getState().track(appId, deploymentId, "validating");
    } catch (error) {
      const message = errorMessage(error);
      const details = validationDetails(error);
      useDeployStore.getState().fail({ kind: trpcErrorCode(error) === "UNPROCESSABLE_CONTENT" ? "validation" : "request", message });
      if (details.length > 0) {
        const problems: Problem[] = details.map((d) => ({ ...d, source: "deploy" }));
        useProblemsStore.getState().setDeploy(problems);
        usePanelStore.getState().showBottom("problems");
        const first = problems.find((p) => p.file);
        if (first) useEditorStore.getState().revealAt(first.file, first.line, first.column);
      }
      toast.error("Not deployed", { description: message });
    }
  }, [appId, deploy.mutateAsync, markSaved]);
}
