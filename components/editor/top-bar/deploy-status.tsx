"use client";

import { CircleCheckIcon, CircleXIcon, Loader2Icon } from "lucide-react";
import { cn } from "@/lib/utils";
import { type DeployPhase, useDeployStore } from "@/stores/deploy-store";

const tone: Record<DeployPhase, string> = {
  saving: "text-muted-foreground",
  pending: "text-muted-foreground",
  validating: "text-info",
  starting: "text-info",
  ready: "text-success",
  failed: "text-destructive",
};

/** The current deploy phase as one word ("validating", "starting", "ready", "failed"). */
export function DeployStatus({ appId }: { appId: string }) {
  const phase = useDeployStore((s) => (s.appId === appId ? s.phase : null));
  if (!phase) return null;
  const Icon = phase === "ready" ? CircleCheckIcon : phase === "failed" ? CircleXIcon : Loader2Icon;
  return (
    <span role="status" aria-label={`Deploy ${phase}`} className={cn("inline-flex items-center gap-1.5 text-xs font-medium", tone[phase])}>
      <Icon className={cn("size-3.5", Icon === Loader2Icon && "animate-spin")} aria-hidden />
      <span data-testid="deploy-status" className="capitalize">
        {phase}
      </span>
    </span>
  );
}
