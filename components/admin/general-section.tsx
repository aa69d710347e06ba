"use client";

import { useQuery } from "@tanstack/react-query";
import { DefaultsForm } from "@/components/admin/defaults-form";
import { EgressCard } from "@/components/admin/egress-card";
import { SignupCard } from "@/components/admin/signup-card";
import { QueryProblem } from "@/components/shared/section-states";
import { Skeleton } from "@/components/ui/skeleton";
import { useTRPC } from "@/lib/trpc/react";

/** Sign-up, the defaults every app gets, and the networks apps may reach. */
export function GeneralSection() {
  const trpc = useTRPC();
  const settings = useQuery(trpc.admin.settings.queryOptions());

  if (settings.isError) {
    return (
      <div className="rounded-xl border bg-card shadow-sm">
        <QueryProblem error={settings.error} what="the settings" onRetry={() => void settings.refetch()} />
      </div>
    );
  }
  if (settings.isPending) {
    return (
      <div className="grid gap-6" aria-hidden>
        <Skeleton className="h-32 rounded-xl" />
        <Skeleton className="h-72 rounded-xl" />
        <Skeleton className="h-48 rounded-xl" />
      </div>
    );
  }
  return (
    <div className="grid gap-6">
      <SignupCard enabled={settings.data.signupEnabled} />
      <DefaultsForm settings={settings.data} />
      <EgressCard list={settings.data.egressAllowList} />
    </div>
  );
}
