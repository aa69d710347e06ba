"use client";

import { DatabaseZapIcon, RotateCwIcon, TriangleAlertIcon } from "lucide-react";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { errorMessage, isUnavailable } from "@/lib/trpc/react";
import { cn } from "@/lib/utils";

function StateFrame({ icon, title, children, className }: { icon: ReactNode; title: string; children?: ReactNode; className?: string }) {
  return (
    <div role="status" className={cn("flex flex-col items-center justify-center gap-2 px-6 py-10 text-center", className)}>
      <span className="flex size-10 items-center justify-center rounded-full bg-muted text-muted-foreground [&_svg]:size-5">{icon}</span>
      <p className="text-sm font-medium">{title}</p>
      {children}
    </div>
  );
}

/** The database is disabled or unreachable: a calm note with the server's reason, nothing to retry by hand. */
export function UnavailableState({ reason, className }: { reason: string; className?: string }) {
  return (
    <StateFrame icon={<DatabaseZapIcon aria-hidden />} title="Database features are unavailable" className={className}>
      <p className="max-w-sm text-xs text-muted-foreground" data-testid="db-unavailable-reason">
        {reason}
      </p>
    </StateFrame>
  );
}

/**
 * Why a section has nothing to show. A disabled or unreachable database is the calm state above
 * (the query re-checks slowly on its own); anything else offers a retry.
 */
export function QueryProblem({ error, what, onRetry, className }: { error: unknown; what: string; onRetry(): void; className?: string }) {
  if (isUnavailable(error)) return <UnavailableState reason={errorMessage(error)} className={className} />;
  return (
    <StateFrame icon={<TriangleAlertIcon aria-hidden />} title={`Could not load ${what}`} className={className}>
      <p className="max-w-sm text-xs text-muted-foreground">{errorMessage(error)}</p>
      <Button variant="outline" size="xs" onClick={onRetry}>
        <RotateCwIcon aria-hidden /> Retry
      </Button>
    </StateFrame>
  );
}

export function EmptyState({
  icon,
  title,
  children,
  className,
}: {
  icon: ReactNode;
  title: string;
  children?: ReactNode;
  className?: string;
}) {
  return (
    <StateFrame icon={icon} title={title} className={className}>
      {children && <p className="max-w-sm text-xs text-muted-foreground">{children}</p>}
    </StateFrame>
  );
}
