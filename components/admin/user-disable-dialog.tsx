"use client";

import { Loader2Icon } from "lucide-react";
import { useUpdateUser } from "@/components/admin/user-mutations";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";

/** Disabling is immediate and wide: it says what happens before it happens. */
export function UserDisableDialog({
  user,
  open,
  onOpenChange,
}: {
  user: { id: string; username: string };
  open: boolean;
  onOpenChange(open: boolean): void;
}) {
  const update = useUpdateUser(user.username, () => onOpenChange(false));
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent data-testid="disable-user-dialog">
        <DialogHeader>
          <DialogTitle>Disable {user.username}?</DialogTitle>
          <DialogDescription>They lose access at once. Their apps, versions and data are kept.</DialogDescription>
        </DialogHeader>
        <ul className="grid list-disc gap-1 pl-5 text-sm">
          <li>Signs them out everywhere: every browser session ends.</li>
          <li>Revokes every API token they created.</li>
          <li>Stops their apps; enabling them later does not start the apps again.</li>
        </ul>
        <p className="text-xs text-muted-foreground">You can enable them again later from the same menu.</p>
        <DialogFooter>
          <Button variant="outline" onClick={() => onOpenChange(false)}>
            Cancel
          </Button>
          <Button
            variant="destructive"
            data-testid="disable-user-confirm"
            disabled={update.isPending}
            onClick={() => update.mutate({ id: user.id, disabled: true })}
          >
            {update.isPending && <Loader2Icon className="animate-spin" aria-hidden />}
            Disable user
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
