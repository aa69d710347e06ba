"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import { toast } from "sonner";
import { errorMessage, useTRPC, useTRPCClient } from "@/lib/trpc/react";
import { type DeployEventView, useDeployStore } from "@/stores/deploy-store";
import { useEditorStore } from "@/stores/editor-store";
import { usePanelStore } from "@/stores/panel-store";
import { useProblemsStore } from "@/stores/problems-store";

/** Follows the current deployment's events (SSE) into the deploy store; reacts to ready and failed. */
export function DeployWatcher({ appId, appUrl }: { appId: string; appUrl: string }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const deploymentId = useDeployStore((s) => (s.appId === appId ? s.deploymentId : null));
  const phase = useDeployStore((s) => s.phase);
  const live = deploymentId !== null && phase !== "ready" && phase !== "failed";

  const refresh = () => {
    void queryClient.invalidateQueries(trpc.apps.get.queryFilter({ id: appId }));
    void queryClient.invalidateQueries(trpc.apps.list.queryFilter());
    void queryClient.invalidateQueries(trpc.apps.openapi.queryFilter({ id: appId }));
  };

  const onEvent = (event: DeployEventView) => {
    useDeployStore.getState().push(event);
    if (event.phase === "ready") {
      toast.success("Deployed", { description: `Live at ${appUrl}` });
      refresh();
    } else if (event.phase === "failed") {
      const failure = event.failure;
      const location = failure?.location;
      if (location) {
        const problem = {
          file: location.file,
          line: location.line,
          column: location.column ?? 1,
          message: failure.message,
          rule: failure.kind,
        };
        useProblemsStore.getState().setDeploy([{ ...problem, source: "deploy" }]);
        useEditorStore.getState().revealAt(location.file, location.line, location.column ?? 1);
      }
      usePanelStore.getState().showBottom("deploy");
      toast.error("Deploy failed", { description: failure?.message ?? event.message });
      refresh();
    }
  };

  useSubscription(
    trpc.apps.deploymentEvents.subscriptionOptions(
      { id: appId, deploymentId: deploymentId ?? "" },
      {
        enabled: live,
        // A (re)connection replays every event from the start.
        onStarted: () => useDeployStore.getState().clearEvents(),
        onData: (event) => onEvent(event as DeployEventView),
        onError: async (error) => {
          // The stream broke: read the outcome once instead.
          if (!deploymentId) return;
          try {
            const d = await client.apps.deployment.query({ id: appId, deploymentId });
            if (d.status === "ready" || d.status === "failed") {
              useDeployStore.getState().clearEvents();
              for (const e of d.events) onEvent(e as DeployEventView);
            }
          } catch {
            toast.error("Lost track of the deployment", { description: errorMessage(error) });
          }
        },
      },
    ),
  );
  return null;
}
