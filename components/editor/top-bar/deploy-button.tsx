"use client";

import { Loader2Icon, RocketIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Hint } from "@/components/ui/tooltip";
import { isDeploying, useDeployStore } from "@/stores/deploy-store";

export function DeployButton({ appId, onDeploy }: { appId: string; onDeploy(): void }) {
  const busy = useDeployStore((s) => s.appId === appId && isDeploying(s.phase));
  const isMac = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.userAgent);
  return (
    <Hint label={`Save and deploy (${isMac ? "⌘" : "Ctrl"}+Enter)`}>
      <Button data-testid="deploy-button" size="sm" onClick={onDeploy} disabled={busy} aria-busy={busy}>
        {busy ? <Loader2Icon className="animate-spin" aria-hidden /> : <RocketIcon aria-hidden />}
        {busy ? "Deploying…" : "Deploy"}
      </Button>
    </Hint>
  );
}
