"use client";

import { useMutation } from "@tanstack/react-query";
import { Loader2Icon } from "lucide-react";
import type { FormEvent } from "react";
import { toast } from "sonner";
import { useRefreshTemplates } from "@/components/admin/templates-mutations";
import type { AdminTemplate } from "@/components/admin/templates-types";
import { TemplateMetaFields } from "@/components/templates/template-meta-fields";
import { useTemplateForm } from "@/components/templates/use-template-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { templateErrorsFromServer } from "@/lib/templates/form";
import { formatTags } from "@/lib/templates/tags";
import { errorMessage, useTRPC } from "@/lib/trpc/react";

/** Rename, describe and tag any template (Kiln's own too: the change outlives a restart). */
export function TemplateEditDialog({
  template,
  open,
  onOpenChange,
}: {
  template: AdminTemplate;
  open: boolean;
  onOpenChange(open: boolean): void;
}) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent data-testid="edit-template-dialog">
        <EditForm template={template} onClose={() => onOpenChange(false)} />
      </DialogContent>
    </Dialog>
  );
}

function EditForm({ template, onClose }: { template: AdminTemplate; onClose(): void }) {
  const trpc = useTRPC();
  const refresh = useRefreshTemplates();
  const form = useTemplateForm({ name: template.name, description: template.description, tagsText: formatTags(template.tags) });
  const update = useMutation(
    trpc.templates.update.mutationOptions({
      onSuccess: (t) => {
        toast.success(`Saved “${t.name}”`);
        onClose();
      },
      onError: (e) => form.setErrors(templateErrorsFromServer(errorMessage(e))),
      onSettled: () => refresh(),
    }),
  );

  function submit(e: FormEvent) {
    e.preventDefault();
    const meta = form.validate();
    if (meta) update.mutate({ id: template.id, ...meta });
  }

  return (
    <form onSubmit={submit} className="grid gap-4" noValidate>
      <DialogHeader>
        <DialogTitle>Edit {template.name}</DialogTitle>
        <DialogDescription>What people see of it in the New app gallery. The files stay as they are.</DialogDescription>
      </DialogHeader>
      <TemplateMetaFields form={form} idPrefix="edit-template" />
      <DialogFooter>
        <Button variant="outline" onClick={onClose}>
          Cancel
        </Button>
        <Button type="submit" data-testid="edit-template-submit" disabled={update.isPending}>
          {update.isPending && <Loader2Icon className="animate-spin" aria-hidden />}
          Save
        </Button>
      </DialogFooter>
    </form>
  );
}
