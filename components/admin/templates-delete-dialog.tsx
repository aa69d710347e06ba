"use client";

import { useMutation } from "@tanstack/react-query";
import { Loader2Icon } from "lucide-react";
import { toast } from "sonner";
import { useRefreshTemplates } from "@/components/admin/templates-mutations";
import type { AdminTemplate } from "@/components/admin/templates-types";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { errorMessage, useTRPC } from "@/lib/trpc/react";

/** Deleting a promoted or a user's template; apps made from it keep their files. */
export function TemplateDeleteDialog({
  template,
  open,
  onOpenChange,
}: {
  template: AdminTemplate;
  open: boolean;
  onOpenChange(open: boolean): void;
}) {
  const trpc = useTRPC();
  const refresh = useRefreshTemplates();
  const remove = useMutation(
    trpc.templates.delete.mutationOptions({
      onSuccess: () => {
        toast.success(`Deleted “${template.name}”`);
        onOpenChange(false);
      },
      onError: (e) => toast.error(`Could not delete “${template.name}”`, { description: errorMessage(e) }),
      onSettled: () => refresh(),
    }),
  );
  const whose = template.scope === "user" ? `${template.owner ?? "Its owner"}'s own template` : "This global template";
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent data-testid="delete-template-dialog">
        <DialogHeader>
          <DialogTitle>Delete {template.name}?</DialogTitle>
          <DialogDescription>
            {whose} leaves the gallery for good. Apps already made from it keep their files. This cannot be undone.
          </DialogDescription>
        </DialogHeader>
        <DialogFooter>
          <Button variant="outline" onClick={() => onOpenChange(false)}>
            Cancel
          </Button>
          <Button
            variant="destructive"
            data-testid="delete-template-confirm"
            disabled={remove.isPending}
            onClick={() => remove.mutate({ id: template.id })}
          >
            {remove.isPending && <Loader2Icon className="animate-spin" aria-hidden />}
            Delete template
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
