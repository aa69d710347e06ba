/** What the local runtime tells people about its processes: outcomes, exits, unavailability. */
import { Unavailable } from "@/server/errors";
import type { UnavailableDetails } from "@/server/runtime";
import type { ExitInfo, RunnerProcess, StartOutcome } from "@/server/runtime/local/process";
import type { AppStatus, DeployFailure } from "@/server/runtime/types";

/** What a start ended with; `superseded` means a newer start, stop, sleep or remove took over. */
export type LaunchResult = { ok: true; proc: RunnerProcess } | (Extract<StartOutcome, { ok: false }> & { superseded: boolean });

/** The system log line's verb for each kind of start. */
export const STARTING = { deploy: "starting", restart: "restarting", wake: "waking up" } as const;

/** "invalid syntax (app.py:4)" */
export function summary(failure: DeployFailure): string {
  const where = failure.location ? ` (${failure.location.file}:${failure.location.line})` : "";
  return `${failure.message}${where}`;
}

export function short(codeHash: string): string {
  return codeHash.slice(0, 7);
}

export function describeExit(info: ExitInfo): string {
  return info.signal ? `was killed by ${info.signal}` : `exited with code ${info.code}`;
}

export function failedLaunch(err: unknown): LaunchResult {
  const message = err instanceof Error ? err.message : String(err);
  return { ok: false, superseded: false, failure: { kind: "internal", message } };
}

export function cancelled(): LaunchResult {
  return { ok: false, superseded: true, failure: { kind: "cancelled", message: "Replaced by a newer start" } };
}

/** The Unavailable error endpoint() throws for an app that cannot serve right now. */
export function unavailableError(status: AppStatus, o: { deployed: boolean; restarting: boolean; restartAt: number | undefined }): Error {
  const err = (message: string, details: UnavailableDetails) => Unavailable(message, details);
  switch (status) {
    case "deploying":
      return err("The app is starting", { reason: "starting", retryAfterSeconds: 2 });
    case "error": {
      if (!o.restarting) return err("The app failed to start", { reason: "error" });
      const wait = Math.max(1, Math.ceil(((o.restartAt ?? Date.now()) - Date.now()) / 1000) + 1);
      return err("The app crashed and is restarting", { reason: "restarting", retryAfterSeconds: wait });
    }
    case "stopped":
      return o.deployed ? err("The app is stopped", { reason: "stopped" }) : err("The app is not deployed", { reason: "not_deployed" });
    default:
      return err("The app is not available", { reason: "error" });
  }
}
