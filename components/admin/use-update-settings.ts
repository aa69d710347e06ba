"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/lib/trpc/react";

/**
 * Saves a settings patch. Afterwards the admin page shows the server's copy, and the editor's
 * validator config is refetched, so the next live validation uses the new allow-list.
 */
export function useUpdateSettings() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.admin.updateSettings.mutationOptions({
      onSuccess: (settings) => {
        queryClient.setQueryData(trpc.admin.settings.queryKey(), settings);
        void queryClient.invalidateQueries(trpc.admin.settings.queryFilter());
        void queryClient.invalidateQueries(trpc.validate.config.queryFilter());
      },
    }),
  );
}
