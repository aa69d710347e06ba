/**
 * The one place that chooses the Runtime driver (STYLE.md rule 2). Everything else calls
 * getRuntime() and never asks which driver is active.
 *
 * The instance lives on globalThis: Kiln's custom server (tsx) and the Next.js route handlers
 * (bundled separately) load this module twice in one process, and both must share the same
 * driver — it owns the app processes.
 */
import { env } from "@/server/env";
import { KubernetesRuntime } from "@/server/runtime/kubernetes";
import { createLocalRuntime } from "@/server/runtime/local";
import type { Runtime } from "@/server/runtime/types";

export type { AppSpec, AppStatus, DeployEvent, DeployFailure, DesiredApp, LogLine, Runtime } from "@/server/runtime/types";

/**
 * What a driver puts in `Unavailable(...).details` so the gateway can answer well:
 * "starting" and "restarting" come with a Retry-After hint.
 */
export interface UnavailableDetails {
  reason: "starting" | "restarting" | "stopped" | "not_deployed" | "error";
  retryAfterSeconds?: number;
}

const g = globalThis as typeof globalThis & { __kilnRuntime?: Runtime };

export function getRuntime(): Runtime {
  g.__kilnRuntime ??= createRuntime();
  return g.__kilnRuntime;
}

function createRuntime(): Runtime {
  const kind = env().KILN_RUNTIME;
  switch (kind) {
    case "local":
      return createLocalRuntime();
    case "kubernetes":
      return new KubernetesRuntime();
  }
}
