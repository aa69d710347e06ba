"use client";

import { useQuery } from "@tanstack/react-query";
import { ActivityIcon, BoxesIcon, ClockIcon, CpuIcon, DatabaseIcon, MemoryStickIcon, TagIcon, UsersIcon } from "lucide-react";
import { CardsSkeleton } from "@/components/admin/admin-skeleton";
import { AppsByStatus } from "@/components/admin/apps-by-status";
import { formatUptime, runtimeLabel } from "@/components/admin/overview-format";
import { StatCard } from "@/components/admin/stat-card";
import { formatBytes, formatCount } from "@/components/shared/format";
import { QueryProblem } from "@/components/shared/section-states";
import { useTRPC } from "@/lib/trpc/react";

/** The platform at a glance: people, apps, traffic, storage and Kiln itself. Refreshes every 30 s. */
export function OverviewSection() {
  const trpc = useTRPC();
  const overview = useQuery(trpc.admin.overview.queryOptions(undefined, { refetchInterval: 30_000 }));

  if (overview.isError) {
    return (
      <div className="rounded-xl border bg-card shadow-sm">
        <QueryProblem error={overview.error} what="the overview" onRetry={() => void overview.refetch()} />
      </div>
    );
  }
  if (overview.isPending) return <CardsSkeleton />;

  const { users, apps, requests24h, mongo, runtime, version, kiln } = overview.data;
  const mongoProblem = mongo.problem ?? "MongoDB is unavailable";
  return (
    <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" data-testid="admin-overview">
      <StatCard label="Users" icon={<UsersIcon aria-hidden />} value={formatCount(users.total)} testId="overview-users">
        {formatCount(users.admins)} {users.admins === 1 ? "admin" : "admins"} · {formatCount(users.disabled)} disabled
      </StatCard>
      <StatCard label="Apps" icon={<BoxesIcon aria-hidden />} value={formatCount(apps.total)} testId="overview-apps">
        <AppsByStatus byStatus={apps.byStatus} />
      </StatCard>
      <StatCard
        label="Requests (24 h)"
        icon={<ActivityIcon aria-hidden />}
        value={requests24h === null ? "—" : formatCount(requests24h)}
        testId="overview-requests"
      >
        {requests24h === null ? mongoProblem : "Served by every app, from their request logs"}
      </StatCard>
      <StatCard
        label="MongoDB storage"
        icon={<DatabaseIcon aria-hidden />}
        value={mongo.storageBytes === null ? "—" : formatBytes(mongo.storageBytes)}
        testId="overview-storage"
      >
        {mongo.storageBytes === null ? (
          <span data-testid="overview-mongo-problem">{mongoProblem}</span>
        ) : (
          `${formatCount(mongo.databases ?? 0)} ${mongo.databases === 1 ? "database" : "databases"}`
        )}
      </StatCard>
      <StatCard label="Runtime" icon={<CpuIcon aria-hidden />} value={runtimeLabel(runtime)} testId="overview-runtime">
        Where apps run
      </StatCard>
      <StatCard label="Version" icon={<TagIcon aria-hidden />} value={`v${version}`} testId="overview-version">
        Kiln
      </StatCard>
      <StatCard label="Kiln memory" icon={<MemoryStickIcon aria-hidden />} value={formatBytes(kiln.rssBytes)} testId="overview-memory">
        Resident set; heap {formatBytes(kiln.heapUsedBytes)}
      </StatCard>
      <StatCard label="Uptime" icon={<ClockIcon aria-hidden />} value={formatUptime(kiln.uptimeSeconds)} testId="overview-uptime">
        Since Kiln last started
      </StatCard>
    </dl>
  );
}
