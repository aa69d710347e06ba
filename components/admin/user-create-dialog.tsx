"use client";

import { useMutation } from "@tanstack/react-query";
import { Loader2Icon, UserPlusIcon } from "lucide-react";
import { type FormEvent, useState } from "react";
import { toast } from "sonner";
import { useRefreshAdmin } from "@/components/admin/user-mutations";
import { UserRoleField } from "@/components/admin/user-role-field";
import { type CreateUserErrors, errorsFromIssues, errorsFromServer } from "@/components/admin/users-logic";
import { FormField } from "@/components/auth/form-field";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { zAdminCreateUser } from "@/lib/schemas/admin";
import { errorMessage, useTRPC } from "@/lib/trpc/react";

/** A new account made by an admin (works while signup is off); they sign in with the password given here. */
export function UserCreateDialog() {
  const trpc = useTRPC();
  const refresh = useRefreshAdmin();
  const [open, setOpen] = useState(false);
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [role, setRole] = useState<"user" | "admin">("user");
  const [errors, setErrors] = useState<CreateUserErrors>({});
  const create = useMutation(
    trpc.admin.createUser.mutationOptions({
      onSuccess: (user) => {
        toast.success(`Created ${user.username}`, {
          description: user.role === "admin" ? "They can sign in now, as an admin." : "They can sign in now.",
        });
        onOpenChange(false);
        void refresh();
      },
      onError: (e) => setErrors(errorsFromServer(errorMessage(e))),
    }),
  );

  function onOpenChange(next: boolean) {
    setOpen(next);
    if (!next) {
      setUsername("");
      setPassword("");
      setRole("user");
      setErrors({});
      create.reset();
    }
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const parsed = zAdminCreateUser.safeParse({ username, password, role });
    if (!parsed.success) return setErrors(errorsFromIssues(parsed.error.issues));
    setErrors({});
    create.mutate(parsed.data);
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button size="sm" data-testid="create-user-button">
          <UserPlusIcon aria-hidden /> Create user
        </Button>
      </DialogTrigger>
      <DialogContent data-testid="create-user-dialog">
        <form onSubmit={submit} className="grid gap-4" noValidate>
          <DialogHeader>
            <DialogTitle>Create user</DialogTitle>
            <DialogDescription>Works while signup is off. Share the password with them; they sign in with it.</DialogDescription>
          </DialogHeader>
          <FormField
            id="create-user-username"
            data-testid="create-user-username"
            label="Username"
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            autoFocus
            maxLength={32}
            value={username}
            error={errors.username}
            onChange={(e) => setUsername(e.target.value)}
          />
          <FormField
            id="create-user-password"
            data-testid="create-user-password"
            label="Password"
            type="password"
            autoComplete="new-password"
            placeholder="At least 8 characters"
            value={password}
            error={errors.password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <UserRoleField value={role} onChange={setRole} error={errors.role} />
          {errors.form && (
            <p role="alert" className="rounded-md border border-destructive/30 bg-destructive/10 px-3 py-2 text-sm text-destructive">
              {errors.form}
            </p>
          )}
          <DialogFooter>
            <Button variant="outline" onClick={() => onOpenChange(false)}>
              Cancel
            </Button>
            <Button type="submit" data-testid="create-user-submit" disabled={create.isPending}>
              {create.isPending && <Loader2Icon className="animate-spin" aria-hidden />}
              Create user
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
