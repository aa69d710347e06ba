"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Loader2Icon } from "lucide-react";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { toast } from "sonner";
import { secretsNote } from "@/components/apps/clone-note";
import { FormField } from "@/components/auth/form-field";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { zAppName } from "@/lib/schemas/apps";
import { errorMessage, useTRPC } from "@/lib/trpc/react";

type AppRef = { id: string; name: string };

/** A copy of the app (its draft files and env, secret values left out) under a new name; opens the copy's editor. */
export function CloneAppDialog({ app, open, onOpenChange }: { app: AppRef; open: boolean; onOpenChange(open: boolean): void }) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent data-testid="clone-app-dialog">
        {/* Mounted per opening, so the suggested name follows the app's current one. */}
        <CloneAppForm app={app} onClose={() => onOpenChange(false)} />
      </DialogContent>
    </Dialog>
  );
}

function CloneAppForm({ app, onClose }: { app: AppRef; onClose(): void }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [name, setName] = useState(`${app.name} copy`);
  const [error, setError] = useState<string | undefined>();
  const clone = useMutation(
    trpc.apps.clone.mutationOptions({
      onSuccess: (copy) => {
        void queryClient.invalidateQueries(trpc.apps.list.queryFilter());
        const note = secretsNote(copy.secretsToSet);
        if (note) toast.warning(`Cloned ${app.name} as ${copy.name}`, { description: note, duration: 15_000 });
        else toast.success(`Cloned ${app.name} as ${copy.name}`);
        router.push(`/apps/${copy.id}/edit`);
      },
      onError: (e) => setError(errorMessage(e)),
    }),
  );

  function submit(e: FormEvent) {
    e.preventDefault();
    const parsed = zAppName.safeParse(name);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? "Invalid name");
    setError(undefined);
    clone.mutate({ id: app.id, name: parsed.data });
  }

  const busy = clone.isPending || clone.isSuccess;
  return (
    <form onSubmit={submit} className="grid gap-4" noValidate>
      <DialogHeader>
        <DialogTitle>Clone {app.name}</DialogTitle>
        <DialogDescription>
          The copy gets the current draft and the environment variables. Secret values are not copied: you set them again.
        </DialogDescription>
      </DialogHeader>
      <FormField
        id="clone-app-name"
        data-testid="clone-app-name"
        label="Name of the copy"
        autoComplete="off"
        autoFocus
        maxLength={60}
        value={name}
        error={error}
        onChange={(e) => setName(e.target.value)}
      />
      <DialogFooter>
        <Button variant="outline" onClick={onClose}>
          Cancel
        </Button>
        <Button type="submit" data-testid="clone-app-submit" disabled={busy}>
          {busy && <Loader2Icon className="animate-spin" aria-hidden />}
          Clone app
        </Button>
      </DialogFooter>
    </form>
  );
}
