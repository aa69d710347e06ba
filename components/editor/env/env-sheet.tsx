"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Loader2Icon, PlusIcon, Settings2Icon } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { type EnvRow, toInput, toRows, unsetSecrets } from "@/components/editor/env/env-rows";
import { EnvVarRow } from "@/components/editor/env/env-var-row";
import { UnsetSecretsNote } from "@/components/editor/env/unset-secrets-note";
import { useRedeploy } from "@/components/editor/env/use-redeploy";
import { Button } from "@/components/ui/button";
import { Sheet, SheetContent, SheetDescription, SheetFooter, SheetHeader, SheetTitle, SheetTrigger } from "@/components/ui/sheet";
import { Hint } from "@/components/ui/tooltip";
import { errorMessage, type RouterOutputs, useTRPC } from "@/lib/trpc/react";
import { uid } from "@/lib/utils";

type ServerEnv = RouterOutputs["apps"]["get"]["env"];

/**
 * Settings sheet: the app's environment variables. Secrets are write-only; a clone's secrets
 * arrive without values and say so. Saving a deployed app's env offers "Redeploy now", through
 * the editor's deploy when given (`onRedeploy`), else by deploying the saved draft.
 */
export function EnvSheet({ appId, env, onRedeploy }: { appId: string; env: ServerEnv; onRedeploy?: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [rows, setRows] = useState<EnvRow[]>([]);
  const redeploy = useRedeploy(appId, onRedeploy);
  const save = useMutation(
    trpc.apps.update.mutationOptions({
      onSuccess: () => {
        const deployed = queryClient.getQueryData(trpc.apps.get.queryKey({ id: appId }))?.deployedVersion;
        if (deployed) {
          toast.success("Environment saved", {
            description: "The running app still has the old one until it is deployed again.",
            action: { label: "Redeploy now", onClick: redeploy },
            duration: 15_000,
          });
        } else {
          toast.success("Environment saved", { description: "It applies from the next deploy." });
        }
        void queryClient.invalidateQueries(trpc.apps.get.queryFilter({ id: appId }));
        setOpen(false);
      },
      onError: (e) => toast.error("Could not save the environment", { description: errorMessage(e) }),
    }),
  );

  function onOpenChange(next: boolean) {
    if (next) setRows(toRows(env, uid));
    setOpen(next);
  }
  const patch = (id: string, p: Partial<EnvRow>) => setRows((rs) => rs.map((r) => (r.id === id ? { ...r, ...p } : r)));
  const add = () => setRows((rs) => [...rs, { id: uid(), name: "", value: "", secret: false, stored: false, set: false }]);
  const missing = unsetSecrets(rows);
  const needsValues = env.some((e) => e.secret && !e.set);

  return (
    <Sheet open={open} onOpenChange={onOpenChange}>
      <Hint label={needsValues ? "Settings: some secrets are not set" : "Settings: environment variables"}>
        <SheetTrigger asChild>
          <Button
            variant="ghost"
            size="icon-sm"
            aria-label={needsValues ? "App settings (some secrets are not set)" : "App settings"}
            data-testid="settings-button"
            className="relative"
          >
            <Settings2Icon aria-hidden />
            {needsValues && <span className="absolute top-1 right-1 size-1.5 rounded-full bg-warning" aria-hidden />}
          </Button>
        </SheetTrigger>
      </Hint>
      <SheetContent className="w-full sm:max-w-lg">
        <SheetHeader>
          <SheetTitle>Environment variables</SheetTitle>
          <SheetDescription>
            Read them with <code className="font-mono text-xs">os.environ</code>. Secrets are stored encrypted and never shown again.
            Changes apply on the next deploy.
          </SheetDescription>
        </SheetHeader>
        <div className="flex-1 overflow-y-auto px-4">
          {missing.length > 0 && <UnsetSecretsNote names={missing} />}
          {rows.length === 0 ? (
            <p className="rounded-md border border-dashed px-3 py-6 text-center text-sm text-muted-foreground">No variables yet.</p>
          ) : (
            <ul className="grid gap-2" aria-label="Environment variables">
              {rows.map((row) => (
                <EnvVarRow
                  key={row.id}
                  row={row}
                  onChange={(p) => patch(row.id, p)}
                  onRemove={() => setRows((rs) => rs.filter((r) => r.id !== row.id))}
                />
              ))}
            </ul>
          )}
          <Button variant="outline" size="sm" className="mt-3" onClick={add}>
            <PlusIcon aria-hidden /> Add variable
          </Button>
        </div>
        <SheetFooter className="flex-row justify-end border-t">
          <Button variant="outline" onClick={() => setOpen(false)}>
            Cancel
          </Button>
          <Button onClick={() => save.mutate({ id: appId, env: toInput(rows) })} disabled={save.isPending} data-testid="env-save">
            {save.isPending && <Loader2Icon className="animate-spin" aria-hidden />}
            Save
          </Button>
        </SheetFooter>
      </SheetContent>
    </Sheet>
  );
}
