/** How the overview's figures read. Pure, so they are unit tested. */
import { APP_STATUSES, type AppStatus } from "@/components/shared/status-badge";

/** 42 → "42 s", 750 → "12 min", 11_520 → "3 h 12 min", 187_200 → "2 d 4 h". */
export function formatUptime(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  if (s < 60) return `${s} s`;
  const minutes = Math.floor(s / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days} d ${hours % 24} h` : `${days} d`;
}

export function runtimeLabel(runtime: string): string {
  if (runtime === "local") return "Local processes";
  if (runtime === "kubernetes") return "Kubernetes";
  return runtime;
}

/** Statuses with at least one app, in the order the apps list uses; unknown statuses last. */
export function statusCounts(byStatus: Record<string, number>): { status: string; count: number }[] {
  const known = APP_STATUSES.filter((s) => (byStatus[s] ?? 0) > 0).map((s) => ({ status: s as string, count: byStatus[s] ?? 0 }));
  const other = Object.entries(byStatus)
    .filter(([s, n]) => n > 0 && !(APP_STATUSES as readonly string[]).includes(s))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([status, count]) => ({ status, count }));
  return [...known, ...other];
}

export function isAppStatus(status: string): status is AppStatus {
  return (APP_STATUSES as readonly string[]).includes(status);
}
