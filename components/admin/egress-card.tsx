"use client";

import { useIsMutating } from "@tanstack/react-query";
import { GlobeLockIcon, Loader2Icon, XIcon } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { AddEgressForm } from "@/components/admin/add-egress-form";
import { withoutEgress } from "@/components/admin/egress";
import { useUpdateSettings } from "@/components/admin/use-update-settings";
import { SectionCard } from "@/components/shared/section-card";
import { EmptyState } from "@/components/shared/section-states";
import { errorMessage, useTRPC } from "@/lib/trpc/react";

export const EGRESS_EXPLANATION =
  "Apps can reach DNS and MongoDB only; add networks they may also reach (Kubernetes runtime only; the local runtime does not restrict the network)";

/** The egress allow-list: networks apps may reach besides DNS and MongoDB. Each change is saved at once. */
export function EgressCard({ list }: { list: string[] }) {
  const trpc = useTRPC();
  const remove = useUpdateSettings();
  // Every change sends the whole list: one at a time, so none overwrites another.
  const busy = useIsMutating({ mutationKey: trpc.admin.updateSettings.mutationKey() }) > 0;
  const [removing, setRemoving] = useState<string | null>(null);

  function onRemove(entry: string) {
    setRemoving(entry);
    remove.mutate(
      { egressAllowList: withoutEgress(list, entry) },
      {
        onSuccess: () => toast.success(`Apps may no longer reach ${entry}`, { description: "Applies to each app's next deploy." }),
        onError: (e) => toast.error(`Could not remove ${entry}`, { description: errorMessage(e) }),
        onSettled: () => setRemoving(null),
      },
    );
  }

  return (
    <SectionCard title="Network access" description={EGRESS_EXPLANATION} data-testid="egress-section">
      <div className="border-b p-4 md:max-w-xl">
        <AddEgressForm list={list} busy={busy} />
      </div>
      {list.length === 0 ? (
        <EmptyState icon={<GlobeLockIcon aria-hidden />} title="No other network">
          Apps reach DNS and MongoDB, and nothing else.
        </EmptyState>
      ) : (
        <ul className="flex flex-wrap gap-2 p-4" aria-label="Networks apps may reach" data-testid="egress-list">
          {list.map((entry) => (
            <li
              key={entry}
              data-testid="egress-item"
              data-entry={entry}
              className="inline-flex h-8 items-center gap-1.5 rounded-md border bg-background pr-1 pl-2.5 text-sm shadow-xs"
            >
              <span className="font-mono">{entry}</span>
              <button
                type="button"
                aria-label={`Remove ${entry}`}
                data-testid="egress-remove"
                disabled={busy}
                onClick={() => onRemove(entry)}
                className="inline-flex size-6 items-center justify-center rounded-sm text-muted-foreground outline-none transition-colors hover:bg-destructive/10 hover:text-destructive focus-visible:ring-[3px] focus-visible:ring-ring/50 disabled:pointer-events-none disabled:opacity-50"
              >
                {removing === entry ? (
                  <Loader2Icon className="size-3.5 animate-spin" aria-hidden />
                ) : (
                  <XIcon className="size-3.5" aria-hidden />
                )}
              </button>
            </li>
          ))}
        </ul>
      )}
    </SectionCard>
  );
}
