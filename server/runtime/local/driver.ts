/**
 * The local Runtime: every app is a `python -m kiln_runner` child process on a loopback port.
 * This file maps app ids to supervisors and turns a deploy into its event stream; process
 * lifetimes live in supervisor.ts, logs in log-store.ts, files in files.ts.
 *
 * Deploying the same codeHash again while it runs still starts a fresh process (its env may
 * have changed); the running one keeps serving until the new one is ready.
 */
import { env } from "@/server/env";
import { Unavailable } from "@/server/errors";
import { appDir, appIdsOnDisk, logsDir, removeAppDir } from "@/server/runtime/local/files";
import { LogStore } from "@/server/runtime/local/log-store";
import { failedLaunch, short } from "@/server/runtime/local/messages";
import { WarmPool } from "@/server/runtime/local/pool";
import { killLeftover } from "@/server/runtime/local/reaper";
import { AppSupervisor } from "@/server/runtime/local/supervisor";
import { AsyncQueue } from "@/server/runtime/queue";
import type { AppSpec, AppStatus, DeployEvent, DeployFailure, DesiredApp, LogLine, ReconcileReport, Runtime } from "@/server/runtime/types";

export class LocalRuntime implements Runtime {
  readonly name = "local";
  private readonly apps = new Map<string, AppSupervisor>();
  private readonly logStore = new LogStore(logsDir);
  private closed = false;
  private readonly pool: WarmPool;

  /**
   * `deployTimeoutMs` overrides KILN_DEPLOY_TIMEOUT (tests); `exitWithKiln: false` lets runners
   * outlive a killed Kiln (only to test the stale-pid clean-up); `warmPool` overrides KILN_WARM_POOL.
   */
  constructor(private readonly opts: { deployTimeoutMs?: number; exitWithKiln?: boolean; warmPool?: number } = {}) {
    this.pool = new WarmPool(opts.warmPool ?? env().KILN_WARM_POOL);
  }

  deploy(spec: AppSpec): AsyncIterable<DeployEvent> {
    // The deploy runs whether or not anyone reads the events; they are buffered until read.
    const events = new AsyncQueue<DeployEvent>();
    void this.runDeploy(spec, events)
      .catch((err: unknown) => {
        const failure = failedLaunch(err);
        if (!failure.ok) events.push(event("failed", failure.failure.message, failure.failure));
      })
      .finally(() => events.end());
    return events;
  }

  private async runDeploy(spec: AppSpec, events: AsyncQueue<DeployEvent>): Promise<void> {
    if (this.closed) throw Unavailable("Kiln is shutting down");
    const app = this.app(spec.id);
    events.push(event("starting", `Starting version ${short(spec.codeHash)}`));
    const r = await app.deploy(spec);
    if (r.ok) events.push(event("ready", `Version ${short(spec.codeHash)} is ready`));
    else events.push(event("failed", r.failure.message, r.failure));
  }

  async stop(appId: string): Promise<void> {
    await this.apps.get(checkId(appId))?.halt("stopped");
  }

  async sleep(appId: string): Promise<void> {
    await this.apps.get(checkId(appId))?.halt("sleeping");
  }

  async remove(appId: string): Promise<void> {
    const app = this.apps.get(checkId(appId));
    this.apps.delete(appId);
    await app?.halt("stopped", { persist: false });
    await killLeftover(appId);
    await this.logStore.remove(appId);
    await removeAppDir(appId);
  }

  async status(appId: string): Promise<AppStatus> {
    return this.apps.get(checkId(appId))?.status ?? "stopped";
  }

  /** The local runtime tells why in the app's log (system lines); the status carries no reason. */
  async statusReason(appId: string): Promise<string | undefined> {
    checkId(appId);
    return undefined;
  }

  endpoint(appId: string): Promise<URL> {
    const app = this.apps.get(checkId(appId));
    if (!app) return Promise.reject(Unavailable("The app is not deployed", { reason: "not_deployed" }));
    return app.endpoint();
  }

  logs(appId: string, o: { tail?: number; since?: Date; follow?: boolean; signal?: AbortSignal }): AsyncIterable<LogLine> {
    return this.logStore.get(checkId(appId)).read(o);
  }

  /**
   * Serving apps need no reconciling here: Kiln starts them itself (services/reconcile.ts) and
   * supervisors restart crashed runners. Sleeping apps are registered (no process) so a request
   * wakes them after a Kiln restart. What can be orphaned is a folder (code, logs) of an app
   * deleted while Kiln was down; those are removed.
   */
  async reconcile(o: { desired: DesiredApp[]; appIds: () => Promise<string[]> }): Promise<ReconcileReport> {
    const onDisk = await appIdsOnDisk();
    const known = new Set(await o.appIds());
    for (const d of o.desired) if (d.state === "sleeping" && known.has(d.spec.id)) this.app(d.spec.id).restAsleep(d.spec);
    const removedOrphans: string[] = [];
    for (const appId of onDisk) {
      if (known.has(appId) || this.apps.has(appId)) continue;
      await this.remove(appId);
      removedOrphans.push(appId);
    }
    return { recreated: [], removedOrphans };
  }

  async shutdown(): Promise<void> {
    this.closed = true;
    await Promise.all([this.pool.shutdown(), ...[...this.apps.values()].map((app) => app.halt("stopped").catch(() => undefined))]);
    await this.logStore.drainAll();
  }

  private app(appId: string): AppSupervisor {
    let app = this.apps.get(checkId(appId));
    if (!app) {
      app = new AppSupervisor({
        appId,
        log: this.logStore.get(appId),
        timeoutMs: this.opts.deployTimeoutMs ?? env().KILN_DEPLOY_TIMEOUT * 1000,
        ...(this.opts.exitWithKiln === false && { exitWithKiln: false }),
        pool: this.pool,
      });
      this.apps.set(appId, app);
    }
    return app;
  }
}

/** Validates the id (it names a folder) before anything touches the disk. */
function checkId(appId: string): string {
  appDir(appId);
  return appId;
}

function event(phase: DeployEvent["phase"], message: string, failure?: DeployFailure): DeployEvent {
  return { ts: new Date().toISOString(), phase, message, ...(failure ? { failure } : {}) };
}
