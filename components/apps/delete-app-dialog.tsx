"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Loader2Icon } from "lucide-react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { errorMessage, useTRPC } from "@/lib/trpc/react";

export function DeleteAppDialog({
  app,
  open,
  onOpenChange,
}: {
  app: { id: string; name: string };
  open: boolean;
  onOpenChange(open: boolean): void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const remove = useMutation(
    trpc.apps.delete.mutationOptions({
      onSuccess: () => {
        toast.success(`Deleted ${app.name}`);
        onOpenChange(false);
        void queryClient.invalidateQueries(trpc.apps.list.queryFilter());
      },
      onError: (e) => toast.error("Could not delete the app", { description: errorMessage(e) }),
    }),
  );
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Delete {app.name}?</DialogTitle>
          <DialogDescription>
            The app stops serving and its files, versions, environment variables and logs are removed. This cannot be undone.
          </DialogDescription>
        </DialogHeader>
        <DialogFooter>
          <Button variant="outline" onClick={() => onOpenChange(false)}>
            Cancel
          </Button>
          <Button
            variant="destructive"
            data-testid="delete-app-confirm"
            disabled={remove.isPending}
            onClick={() => remove.mutate({ id: app.id })}
          >
            {remove.isPending && <Loader2Icon className="animate-spin" aria-hidden />}
            Delete app
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
