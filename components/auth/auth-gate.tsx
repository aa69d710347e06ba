"use client";

import { useQuery } from "@tanstack/react-query";
import { type ReactNode, useEffect } from "react";
import { useTRPC } from "@/lib/trpc/react";

/** Sends people whose session has ended to the login page, remembering where they were. */
export function AuthGate({ children }: { children: ReactNode }) {
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions(undefined, { staleTime: 60_000 }));
  useEffect(() => {
    if (me.data === null) window.location.replace(`/login?next=${encodeURIComponent(window.location.pathname)}`);
  }, [me.data]);
  return children;
}
