"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { toast } from "sonner";
import { errorMessage, useTRPC } from "@/lib/trpc/react";

/**
 * After any change to users: the list, the overview's counts and the audit log are out of date.
 * The change may have been to yourself, so your role (header) and the page's access check re-ask too.
 */
export function useRefreshAdmin(): () => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries(trpc.admin.users.queryFilter()),
      queryClient.invalidateQueries(trpc.admin.overview.queryFilter()),
      queryClient.invalidateQueries(trpc.admin.audit.pathFilter()),
      queryClient.invalidateQueries(trpc.admin.settings.queryFilter()),
      queryClient.invalidateQueries(trpc.auth.me.queryFilter()),
    ]);
  };
}

/** Promote, demote, disable or enable one user; the server's refusals (last admin) arrive as toasts. */
export function useUpdateUser(username: string, onDone?: () => void) {
  const trpc = useTRPC();
  const refresh = useRefreshAdmin();
  return useMutation(
    trpc.admin.updateUser.mutationOptions({
      onSuccess: (_user, input) => {
        if (input.role === "admin") toast.success(`${username} is now an admin`);
        else if (input.role === "user") toast.success(`${username} is now a member`);
        else if (input.disabled) toast.success(`Disabled ${username}`, { description: "Signed out everywhere; their apps are stopped." });
        else toast.success(`Enabled ${username}`, { description: "They can sign in again." });
        onDone?.();
      },
      onError: (e) => toast.error(`Could not update ${username}`, { description: errorMessage(e) }),
      onSettled: () => refresh(),
    }),
  );
}
