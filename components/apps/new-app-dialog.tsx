"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Loader2Icon, PlusIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { zAppName } from "@/lib/schemas/apps";
import { errorMessage, useTRPC } from "@/lib/trpc/react";

export function NewAppDialog({ size = "default" }: { size?: "default" | "lg" }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const create = useMutation(
    trpc.apps.create.mutationOptions({
      onSuccess: (app) => {
        void queryClient.invalidateQueries(trpc.apps.list.queryFilter());
        router.push(`/apps/${app.id}/edit`);
      },
      onError: (e) => setError(errorMessage(e)),
    }),
  );

  function submit(e: FormEvent) {
    e.preventDefault();
    const parsed = zAppName.safeParse(name);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? "Invalid name");
    setError(null);
    create.mutate({ name: parsed.data });
  }

  function onOpenChange(next: boolean) {
    setOpen(next);
    if (!next) {
      setName("");
      setError(null);
      create.reset();
    }
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button data-testid="new-app-button" size={size}>
          <PlusIcon aria-hidden /> New app
        </Button>
      </DialogTrigger>
      <DialogContent>
        <form onSubmit={submit} className="grid gap-4" noValidate>
          <DialogHeader>
            <DialogTitle>New app</DialogTitle>
            <DialogDescription>It starts as a small FastAPI hello-world you can deploy right away.</DialogDescription>
          </DialogHeader>
          <div className="grid gap-2">
            <Label htmlFor="new-app-name">Name</Label>
            <Input
              id="new-app-name"
              data-testid="new-app-name"
              placeholder="my-api"
              autoFocus
              autoComplete="off"
              value={name}
              maxLength={60}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? "new-app-error" : "new-app-hint"}
              onChange={(e) => setName(e.target.value)}
            />
            {error ? (
              <p id="new-app-error" role="alert" className="text-sm text-destructive">
                {error}
              </p>
            ) : (
              <p id="new-app-hint" className="text-xs text-muted-foreground">
                The name also picks the app&apos;s address; you can rename it later.
              </p>
            )}
          </div>
          <DialogFooter>
            <Button type="submit" data-testid="new-app-submit" disabled={create.isPending || create.isSuccess}>
              {(create.isPending || create.isSuccess) && <Loader2Icon className="animate-spin" aria-hidden />}
              Create app
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
