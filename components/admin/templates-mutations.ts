"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { toast } from "sonner";
import { errorMessage, useTRPC } from "@/lib/trpc/react";

/** After any change to templates: the admin table, everyone's gallery and the audit log are out of date. */
export function useRefreshTemplates(): () => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries(trpc.admin.templates.queryFilter()),
      queryClient.invalidateQueries(trpc.templates.list.queryFilter()),
      queryClient.invalidateQueries(trpc.templates.get.pathFilter()),
      queryClient.invalidateQueries(trpc.admin.audit.pathFilter()),
    ]);
  };
}

/** Hide a global template from the gallery, or show it again. */
export function useToggleHidden(name: string) {
  const trpc = useTRPC();
  const refresh = useRefreshTemplates();
  return useMutation(
    trpc.templates.update.mutationOptions({
      onSuccess: (t) =>
        t.hidden
          ? toast.success(`Hid “${name}”`, { description: "It is no longer in anyone's New app gallery." })
          : toast.success(`“${name}” is shown again`, { description: "It is back in everyone's New app gallery." }),
      onError: (e) => toast.error(`Could not change “${name}”`, { description: errorMessage(e) }),
      onSettled: () => refresh(),
    }),
  );
}
