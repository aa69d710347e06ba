"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Loader2Icon } from "lucide-react";
import type { FormEvent } from "react";
import { toast } from "sonner";
import { TemplateMetaFields } from "@/components/templates/template-meta-fields";
import { useTemplateForm } from "@/components/templates/use-template-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { templateErrorsFromServer } from "@/lib/templates/form";
import { errorMessage, useTRPC } from "@/lib/trpc/react";

type AppRef = { id: string; name: string };

/** "Save as template": the app's saved draft becomes one of your own templates in the New app gallery. */
export function SaveTemplateDialog({ app, open, onOpenChange }: { app: AppRef; open: boolean; onOpenChange(open: boolean): void }) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent data-testid="save-template-dialog">
        {/* Mounted per opening, so the form starts from the app's current name every time. */}
        <SaveTemplateForm app={app} onClose={() => onOpenChange(false)} />
      </DialogContent>
    </Dialog>
  );
}

function SaveTemplateForm({ app, onClose }: { app: AppRef; onClose(): void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useTemplateForm({ name: app.name, description: "", tagsText: "" });
  const save = useMutation(
    trpc.templates.saveFromApp.mutationOptions({
      onSuccess: (template) => {
        toast.success(`Saved “${template.name}” as a template`, { description: "It is in the New app gallery, marked yours." });
        void queryClient.invalidateQueries(trpc.templates.list.queryFilter());
        onClose();
      },
      onError: (e) => form.setErrors(templateErrorsFromServer(errorMessage(e))),
    }),
  );

  function submit(e: FormEvent) {
    e.preventDefault();
    const meta = form.validate();
    if (meta) save.mutate({ appId: app.id, ...meta });
  }

  return (
    <form onSubmit={submit} className="grid gap-4" noValidate>
      <DialogHeader>
        <DialogTitle>Save {app.name} as a template</DialogTitle>
        <DialogDescription>
          A copy of the app&apos;s saved draft (not its environment variables) to start new apps from. Only you see it.
        </DialogDescription>
      </DialogHeader>
      <TemplateMetaFields form={form} idPrefix="save-template" />
      <DialogFooter>
        <Button variant="outline" onClick={onClose}>
          Cancel
        </Button>
        <Button type="submit" data-testid="save-template-submit" disabled={save.isPending}>
          {save.isPending && <Loader2Icon className="animate-spin" aria-hidden />}
          Save template
        </Button>
      </DialogFooter>
    </form>
  );
}
