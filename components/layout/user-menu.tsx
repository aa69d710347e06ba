"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { LogOutIcon, MonitorIcon, MoonIcon, SunIcon, UserIcon } from "lucide-react";
import { useTheme } from "next-themes";
import { toast } from "sonner";
import { useMounted } from "@/components/shared/use-mounted";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { errorMessage, useTRPC } from "@/lib/trpc/react";
import { cn } from "@/lib/utils";

/** `compact` hides the name below xl (the editor top bar is crowded at 1024 px). */
export function UserMenu({ compact = false }: { compact?: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const me = useQuery(trpc.auth.me.queryOptions(undefined, { staleTime: 60_000 }));
  const { theme, setTheme } = useTheme();
  const logout = useMutation(
    trpc.auth.logout.mutationOptions({
      onSuccess: () => {
        queryClient.clear();
        window.location.assign("/login");
      },
      onError: (e) => toast.error("Could not sign out", { description: errorMessage(e) }),
    }),
  );
  // The session may already be cached when this (streamed) section hydrates: render it after mount.
  const mounted = useMounted();
  const user = mounted ? me.data : undefined;

  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" size="sm" aria-label="Account menu" data-testid="user-menu" className="gap-2">
          <span className="flex size-6 items-center justify-center rounded-full bg-muted text-xs font-semibold uppercase">
            {user ? user.username.slice(0, 1) : <UserIcon className="size-3.5" aria-hidden />}
          </span>
          <span className={cn("hidden max-w-32 truncate", compact ? "xl:inline" : "sm:inline")}>{user?.username ?? "Account"}</span>
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-56">
        {user && (
          <DropdownMenuLabel className="flex flex-col gap-0.5">
            <span className="truncate">{user.username}</span>
            <span className="text-xs font-normal text-muted-foreground">{user.role === "admin" ? "Administrator" : "Member"}</span>
          </DropdownMenuLabel>
        )}
        <DropdownMenuSeparator />
        <DropdownMenuLabel className="text-xs font-normal text-muted-foreground">Theme</DropdownMenuLabel>
        <DropdownMenuRadioGroup value={theme ?? "system"} onValueChange={setTheme}>
          <DropdownMenuRadioItem value="light">
            <SunIcon aria-hidden /> Light
          </DropdownMenuRadioItem>
          <DropdownMenuRadioItem value="dark">
            <MoonIcon aria-hidden /> Dark
          </DropdownMenuRadioItem>
          <DropdownMenuRadioItem value="system">
            <MonitorIcon aria-hidden /> System
          </DropdownMenuRadioItem>
        </DropdownMenuRadioGroup>
        <DropdownMenuSeparator />
        <DropdownMenuItem onSelect={() => logout.mutate()} disabled={logout.isPending} data-testid="logout">
          <LogOutIcon aria-hidden /> Sign out
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
