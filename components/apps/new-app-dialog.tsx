"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Loader2Icon, PlusIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { TemplateGallery } from "@/components/templates/template-gallery";
import { TemplatePreviewPane } from "@/components/templates/template-preview-pane";
import type { TemplateSummary } from "@/components/templates/types";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { zAppName } from "@/lib/schemas/apps";
import { errorMessage, useTRPC } from "@/lib/trpc/react";

/** "New app": pick the blank hello-world or a template (with a preview of its files), name it, land in its editor. */
export function NewAppDialog({ size = "default" }: { size?: "default" | "lg" }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [template, setTemplate] = useState<TemplateSummary | null>(null);
  const [name, setName] = useState("");
  const [named, setNamed] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const templates = useQuery(trpc.templates.list.queryOptions(undefined, { enabled: open }));
  const create = useMutation(
    trpc.apps.create.mutationOptions({
      onSuccess: (app) => {
        void queryClient.invalidateQueries(trpc.apps.list.queryFilter());
        router.push(`/apps/${app.id}/edit`);
      },
      onError: (e) => setError(errorMessage(e)),
    }),
  );

  function pick(next: TemplateSummary | null) {
    setTemplate(next);
    // Until the person types a name, the template's own name is the suggestion.
    if (!named) setName(next?.name ?? "");
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const parsed = zAppName.safeParse(name);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? "Invalid name");
    setError(null);
    create.mutate(template ? { name: parsed.data, template: template.id } : { name: parsed.data });
  }

  function onOpenChange(next: boolean) {
    setOpen(next);
    if (!next) {
      setTemplate(null);
      setName("");
      setNamed(false);
      setError(null);
      create.reset();
    }
  }

  const busy = create.isPending || create.isSuccess;
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button data-testid="new-app-button" size={size}>
          <PlusIcon aria-hidden /> New app
        </Button>
      </DialogTrigger>
      <DialogContent className="flex h-[min(46rem,calc(100dvh-2rem))] flex-col sm:max-w-5xl" data-testid="new-app-dialog">
        <DialogHeader>
          <DialogTitle>New app</DialogTitle>
          <DialogDescription>Start from a blank hello-world or a template, give it a name, and it opens in the editor.</DialogDescription>
        </DialogHeader>
        <div className="grid min-h-0 flex-1 gap-4 overflow-y-auto md:grid-cols-2 md:grid-rows-[minmax(0,1fr)] md:overflow-visible">
          <TemplateGallery
            templates={templates.data?.templates}
            problem={templates.isError ? { error: templates.error, retry: () => void templates.refetch() } : null}
            selected={template?.id ?? null}
            onSelect={pick}
          />
          <TemplatePreviewPane templateId={template?.id ?? null} />
        </div>
        <form onSubmit={submit} className="grid gap-2 border-t pt-4" noValidate>
          <Label htmlFor="new-app-name">Name</Label>
          <div className="flex flex-col gap-2 sm:flex-row">
            <Input
              id="new-app-name"
              data-testid="new-app-name"
              placeholder="my-api"
              autoFocus
              autoComplete="off"
              value={name}
              maxLength={60}
              className="sm:flex-1"
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? "new-app-error" : "new-app-hint"}
              onChange={(e) => {
                setName(e.target.value);
                setNamed(e.target.value !== "");
              }}
            />
            <Button type="submit" data-testid="new-app-submit" disabled={busy}>
              {busy && <Loader2Icon className="animate-spin" aria-hidden />}
              {template ? "Create from template" : "Create app"}
            </Button>
          </div>
          {error ? (
            <p id="new-app-error" role="alert" className="text-sm text-destructive">
              {error}
            </p>
          ) : (
            <p id="new-app-hint" className="text-xs text-muted-foreground">
              The name also picks the app&apos;s address; you can rename it later.
            </p>
          )}
        </form>
      </DialogContent>
    </Dialog>
  );
}
