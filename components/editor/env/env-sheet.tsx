"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Loader2Icon, PlusIcon, Settings2Icon } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { type EnvRow, EnvVarRow } from "@/components/editor/env/env-var-row";
import { Button } from "@/components/ui/button";
import { Sheet, SheetContent, SheetDescription, SheetFooter, SheetHeader, SheetTitle, SheetTrigger } from "@/components/ui/sheet";
import { Hint } from "@/components/ui/tooltip";
import { errorMessage, type RouterOutputs, useTRPC } from "@/lib/trpc/react";
import { uid } from "@/lib/utils";

type ServerEnv = RouterOutputs["apps"]["get"]["env"];

function toRows(env: ServerEnv): EnvRow[] {
  return env.map((e) => ({ id: uid(), name: e.name, value: e.value ?? "", secret: e.secret, stored: e.secret && e.set }));
}

function toInput(rows: EnvRow[]) {
  return rows
    .filter((r) => r.name.trim() !== "")
    .map((r) =>
      r.secret && r.stored && r.value === ""
        ? { name: r.name.trim(), secret: true }
        : { name: r.name.trim(), value: r.value, secret: r.secret },
    );
}

/** Settings sheet: the app's environment variables. Secrets are write-only. */
export function EnvSheet({ appId, env }: { appId: string; env: ServerEnv }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [rows, setRows] = useState<EnvRow[]>([]);
  const save = useMutation(
    trpc.apps.update.mutationOptions({
      onSuccess: () => {
        toast.success("Environment saved", { description: "It applies from the next deploy." });
        void queryClient.invalidateQueries(trpc.apps.get.queryFilter({ id: appId }));
        setOpen(false);
      },
      onError: (e) => toast.error("Could not save the environment", { description: errorMessage(e) }),
    }),
  );

  function onOpenChange(next: boolean) {
    if (next) setRows(toRows(env));
    setOpen(next);
  }
  const patch = (id: string, p: Partial<EnvRow>) => setRows((rs) => rs.map((r) => (r.id === id ? { ...r, ...p } : r)));
  const add = () => setRows((rs) => [...rs, { id: uid(), name: "", value: "", secret: false, stored: false }]);

  return (
    <Sheet open={open} onOpenChange={onOpenChange}>
      <Hint label="Settings: environment variables">
        <SheetTrigger asChild>
          <Button variant="ghost" size="icon-sm" aria-label="App settings" data-testid="settings-button">
            <Settings2Icon aria-hidden />
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
          <Button onClick={() => save.mutate({ id: appId, env: toInput(rows) })} disabled={save.isPending}>
            {save.isPending && <Loader2Icon className="animate-spin" aria-hidden />}
            Save
          </Button>
        </SheetFooter>
      </SheetContent>
    </Sheet>
  );
}
