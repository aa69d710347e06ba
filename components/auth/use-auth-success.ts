"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useCallback } from "react";
import { safeNext } from "@/components/auth/safe-next";
import { useTRPC } from "@/lib/trpc/react";

/** After login or signup: forget the anonymous cache and go where the person was heading. */
export function useAuthSuccess() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  return useCallback(
    (user: { id: string; username: string; role: "admin" | "user" }) => {
      queryClient.clear();
      queryClient.setQueryData(trpc.auth.me.queryKey(), user);
      router.replace(safeNext());
    },
    [queryClient, router, trpc],
  );
}
