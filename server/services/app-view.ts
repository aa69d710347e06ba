import { env } from "@/server/env";
import { getRuntime } from "@/server/runtime";

export type AppStatusView = "draft" | "deploying" | "running" | "sleeping" | "error" | "stopped";

export interface AppView {
  id: string;
  name: string;
  slug: string;
  status: AppStatusView;
  /** Why the app is in error, when the runtime can tell (Kubernetes: CrashLoopBackOff, OOMKilled…). */
  statusReason?: string;
  url: string;
  createdAt: Date;
  updatedAt: Date;
  lastRequestAt: Date | null;
  lastDeployAt: Date | null;
  /** Seconds without a request before the app sleeps: null = the admin default, 0 = never (#8). */
  sleepSeconds: number | null;
}

/** http://{slug}.{appsDomain}:{port}, following KILN_PUBLIC_URL's scheme and port when set. */
export function appUrl(slug: string): string {
  const e = env();
  const pub = e.KILN_PUBLIC_URL ? new URL(e.KILN_PUBLIC_URL) : new URL(`http://localhost:${e.PORT}`);
  return `${pub.protocol}//${slug}.${e.KILN_APPS_DOMAIN}${pub.port ? `:${pub.port}` : ""}`;
}

/**
 * The database holds the last known state; the runtime knows what is actually happening now
 * (a crash, a restart in progress). The runtime wins whenever it knows the app.
 */
export async function liveStatus(app: { id: string; status: string }): Promise<AppStatusView> {
  const stored = app.status as AppStatusView;
  if (stored === "draft" || stored === "stopped") return stored;
  const live = await getRuntime().status(app.id);
  if (live === "stopped") return stored === "deploying" ? "deploying" : stored;
  return live;
}

export async function toAppView(app: {
  id: string;
  name: string;
  slug: string;
  status: string;
  createdAt: Date;
  updatedAt: Date;
  lastRequestAt: Date | null;
  lastDeployAt: Date | null;
  sleepSeconds: number | null;
}): Promise<AppView> {
  const status = await liveStatus(app);
  const reason = status === "error" ? await getRuntime().statusReason(app.id) : undefined;
  return {
    id: app.id,
    name: app.name,
    slug: app.slug,
    status,
    ...(reason && { statusReason: reason }),
    url: appUrl(app.slug),
    createdAt: app.createdAt,
    updatedAt: app.updatedAt,
    lastRequestAt: app.lastRequestAt,
    lastDeployAt: app.lastDeployAt,
    sleepSeconds: app.sleepSeconds,
  };
}
