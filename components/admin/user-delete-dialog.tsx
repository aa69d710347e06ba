"use client";

import { useMutation } from "@tanstack/react-query";
import { Loader2Icon } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { useRefreshAdmin } from "@/components/admin/user-mutations";
import { confirmMatches } from "@/components/admin/users-logic";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { errorMessage, useTRPC } from "@/lib/trpc/react";

/** Deleting a user: typed confirmation, and their MongoDB database only when asked for. */
export function UserDeleteDialog({
  user,
  open,
  onOpenChange,
}: {
  user: { id: string; username: string; appCount: number };
  open: boolean;
  onOpenChange(open: boolean): void;
}) {
  const trpc = useTRPC();
  const refresh = useRefreshAdmin();
  const [typed, setTyped] = useState("");
  const [dropDatabase, setDropDatabase] = useState(false);
  const matches = confirmMatches(typed, user.username);

  function setOpen(next: boolean) {
    if (!next) {
      setTyped("");
      setDropDatabase(false);
    }
    onOpenChange(next);
  }

  const remove = useMutation(
    trpc.admin.deleteUser.mutationOptions({
      onSuccess: (_r, input) => {
        toast.success(`Deleted ${user.username}`, {
          description: input.dropDatabase ? "Their MongoDB database was deleted too." : "Their MongoDB database was kept.",
        });
        setOpen(false);
      },
      onError: (e) => toast.error(`Could not delete ${user.username}`, { description: errorMessage(e) }),
      onSettled: () => refresh(),
    }),
  );

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogContent data-testid="delete-user-dialog">
        <form
          className="grid gap-4"
          onSubmit={(e) => {
            e.preventDefault();
            if (matches) remove.mutate({ id: user.id, confirm: typed.trim(), dropDatabase });
          }}
        >
          <DialogHeader>
            <DialogTitle>Delete {user.username}?</DialogTitle>
            <DialogDescription>This cannot be undone. Always removed:</DialogDescription>
          </DialogHeader>
          <ul className="grid list-disc gap-1 pl-5 text-sm">
            <li data-testid="delete-user-apps">
              Their apps ({user.appCount}), removed from the runtime with every version, deployment, environment variable and log
            </li>
            <li>Their sessions and API tokens, and their account</li>
            <li>Their MongoDB user and their apps&apos; request logs</li>
          </ul>
          <div className="flex items-start gap-2.5 rounded-md border p-3">
            <Checkbox
              id="delete-user-drop-database"
              data-testid="delete-user-drop-database"
              className="mt-0.5"
              checked={dropDatabase}
              onChange={(e) => setDropDatabase(e.target.checked)}
            />
            <div className="grid gap-1">
              <Label htmlFor="delete-user-drop-database">Also delete their MongoDB database (all their data)</Label>
              <p className="text-xs text-muted-foreground">Left unticked, the database stays on the MongoDB server.</p>
            </div>
          </div>
          <div className="grid gap-2">
            <Label htmlFor="delete-user-confirm-input" className="font-normal">
              <span>
                Type <span className="font-mono font-semibold">{user.username}</span> to confirm
              </span>
            </Label>
            <Input
              id="delete-user-confirm-input"
              data-testid="delete-user-confirm-input"
              autoComplete="off"
              autoCapitalize="off"
              spellCheck={false}
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
            />
          </div>
          <DialogFooter>
            <Button variant="outline" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button type="submit" variant="destructive" data-testid="delete-user-confirm" disabled={!matches || remove.isPending}>
              {remove.isPending && <Loader2Icon className="animate-spin" aria-hidden />}
              Delete user
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
