"use client";

import { useMutation } from "@tanstack/react-query";
import { useCallback } from "react";
import { toast } from "sonner";
import { errorMessage, useTRPC } from "@/lib/trpc/react";
import { isDeploying, useDeployStore } from "@/stores/deploy-store";

/**
 * "Redeploy now" after an environment change. With the editor's own deploy (`onDeploy`: saves the
 * buffers, shows the deploy panel) it uses that; without it, it deploys the saved draft and hands
 * the deployment to the deploy store, whose watcher follows it and toasts "Deployed" or the failure.
 */
export function useRedeploy(appId: string, onDeploy?: () => void): () => void {
  const trpc = useTRPC();
  const deploy = useMutation(trpc.apps.deploy.mutationOptions());
  return useCallback(() => {
    if (onDeploy) return onDeploy();
    const store = useDeployStore.getState();
    if (store.appId === appId && isDeploying(store.phase)) {
      toast.info("A deploy is already running", { description: "The new environment applies from the next one." });
      return;
    }
    store.begin(appId);
    deploy.mutate(
      { id: appId, message: "Environment changed" },
      {
        onSuccess: ({ deploymentId }) => {
          useDeployStore.getState().track(appId, deploymentId, "validating");
          toast.info("Redeploying with the new environment");
        },
        onError: (error) => {
          const message = errorMessage(error);
          useDeployStore.getState().fail({ kind: "request", message });
          toast.error("Not deployed", { description: message });
        },
      },
    );
  }, [appId, deploy.mutate, onDeploy]);
}
