"use client";

import { useQuery } from "@tanstack/react-query";
import { SettingsIcon } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useMounted } from "@/components/shared/use-mounted";
import { Button } from "@/components/ui/button";
import { Hint } from "@/components/ui/tooltip";
import { useTRPC } from "@/lib/trpc/react";
import { cn } from "@/lib/utils";

/** The gear to /admin, for admins only (everyone else would meet a 403 there). */
export function AdminLink() {
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions(undefined, { staleTime: 60_000 }));
  const pathname = usePathname();
  // The session may already be cached when this section hydrates: decide after mount.
  const mounted = useMounted();
  if (!mounted || me.data?.role !== "admin") return null;
  const active = pathname === "/admin" || pathname.startsWith("/admin/");
  return (
    <Hint label="Admin settings">
      <Button variant="ghost" size="icon-sm" asChild className={cn(active && "bg-accent text-accent-foreground")}>
        <Link href="/admin" aria-label="Admin settings" aria-current={active ? "page" : undefined} data-testid="admin-link">
          <SettingsIcon aria-hidden />
        </Link>
      </Button>
    </Hint>
  );
}
