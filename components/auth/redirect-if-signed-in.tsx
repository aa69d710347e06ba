"use client";

import { useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { safeNext } from "@/components/auth/safe-next";
import { useTRPC } from "@/lib/trpc/react";

/** On the login and signup pages: someone already signed in goes straight to their apps. */
export function RedirectIfSignedIn() {
  const trpc = useTRPC();
  const router = useRouter();
  const me = useQuery(trpc.auth.me.queryOptions());
  useEffect(() => {
    if (me.data) router.replace(safeNext());
  }, [me.data, router]);
  return null;
}
