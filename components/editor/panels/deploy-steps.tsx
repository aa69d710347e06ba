import { CircleCheckIcon, CircleIcon, CircleXIcon, Loader2Icon } from "lucide-react";
import { Fragment } from "react";
import { cn } from "@/lib/utils";
import type { DeployPhase } from "@/stores/deploy-store";

const STEPS = ["validating", "starting", "ready"] as const;
const ORDER: Record<DeployPhase, number> = { saving: 0, pending: 0, validating: 0, starting: 1, ready: 2, failed: -1 };

/** validating → starting → ready, with the failed step marked when it fails. */
export function DeploySteps({ phase, failedAt }: { phase: DeployPhase; failedAt: number }) {
  const current = phase === "failed" ? failedAt : ORDER[phase];
  return (
    <ol className="flex items-center gap-2 text-xs" aria-label="Deploy progress">
      {STEPS.map((step, i) => {
        const failed = phase === "failed" && i === current;
        const done = phase === "ready" || i < current;
        const active = !failed && !done && i === current;
        const Icon = failed ? CircleXIcon : done ? CircleCheckIcon : active ? Loader2Icon : CircleIcon;
        const label = failed ? "failed" : step;
        return (
          <Fragment key={step}>
            {i > 0 && <span className={cn("h-px w-6", done || active || failed ? "bg-foreground/40" : "bg-border")} aria-hidden />}
            <li
              aria-current={active ? "step" : undefined}
              className={cn(
                "flex items-center gap-1 capitalize",
                failed ? "text-destructive" : done ? "text-success" : active ? "text-info" : "text-muted-foreground",
              )}
            >
              <Icon className={cn("size-3.5", active && "animate-spin")} aria-hidden />
              {label}
            </li>
          </Fragment>
        );
      })}
    </ol>
  );
}
