"use client";

import { ChevronDownIcon, Loader2Icon, RocketIcon } from "lucide-react";
import { useState } from "react";
import { DeployMessageDialog } from "@/components/editor/top-bar/deploy-message-dialog";
import { Button } from "@/components/ui/button";
import { Hint } from "@/components/ui/tooltip";
import { isDeploying, useDeployStore } from "@/stores/deploy-store";

/** Deploy now (also Ctrl/Cmd+Enter), or — from the arrow beside it — deploy with a message. */
export function DeployButton({ appId, onDeploy }: { appId: string; onDeploy(message?: string): void }) {
  const busy = useDeployStore((s) => s.appId === appId && isDeploying(s.phase));
  const [asking, setAsking] = useState(false);
  const isMac = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.userAgent);
  return (
    <div className="flex items-center">
      <Hint label={`Save and deploy (${isMac ? "⌘" : "Ctrl"}+Enter)`}>
        <Button
          data-testid="deploy-button"
          size="sm"
          className="rounded-r-none"
          onClick={() => onDeploy()}
          disabled={busy}
          aria-busy={busy}
        >
          {busy ? <Loader2Icon className="animate-spin" aria-hidden /> : <RocketIcon aria-hidden />}
          {busy ? "Deploying…" : "Deploy"}
        </Button>
      </Hint>
      <Hint label="Deploy with a message">
        <Button
          data-testid="deploy-with-message"
          size="sm"
          className="w-7 rounded-l-none border-l border-primary-foreground/25 px-0 has-[>svg]:px-0"
          aria-label="Deploy with a message"
          onClick={() => setAsking(true)}
          disabled={busy}
        >
          <ChevronDownIcon aria-hidden />
        </Button>
      </Hint>
      <DeployMessageDialog open={asking} onOpenChange={setAsking} onDeploy={(message) => onDeploy(message)} />
    </div>
  );
}
