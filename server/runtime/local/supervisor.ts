/**
 * One app's processes: which one serves, which one is starting, and what happens when one dies.
 * - A start (deploy, crash restart or wake) is one RunnerProcess; only the newest start counts:
 *   each takes a fresh generation number, and a start whose generation is no longer current
 *   is cancelled and never promoted.
 * - Promotion is atomic: `serving` switches to the new process, then the old one gets SIGTERM
 *   (SIGKILL after GRACE_MS). Until then the old one answers.
 * - A serving process that exits on its own is a crash: status `error`, restart after the
 *   Backoff delay (a timer, so a crash loop costs one spawn per delay and no CPU in between).
 * - Every start first asks the warm pool (pool.ts) for a process that has already imported the
 *   frameworks; without one (pool disabled or empty) it spawns a fresh runner.
 */
import { Unavailable } from "@/server/errors";
import { RestartTimer } from "@/server/runtime/local/backoff";
import { pruneCode, writeCode, writeState } from "@/server/runtime/local/files";
import type { AppLog } from "@/server/runtime/local/log-store";
import type { LaunchResult } from "@/server/runtime/local/messages";
import * as msg from "@/server/runtime/local/messages";
import type { WarmPool } from "@/server/runtime/local/pool";
import { type ExitInfo, RunnerProcess } from "@/server/runtime/local/process";
import { killLeftover } from "@/server/runtime/local/reaper";
import type { AppSpec, AppStatus } from "@/server/runtime/types";

/** A little more than the runner's own graceful shutdown (10s for open connections). */
export const GRACE_MS = 11_000;

export interface SupervisorOptions {
  appId: string;
  log: AppLog;
  timeoutMs: number;
  exitWithKiln?: boolean;
  pool?: WarmPool;
}

export class AppSupervisor {
  status: AppStatus = "stopped";
  /** The spec of the version that serves (or served last): what restarts and wakes start. */
  spec: AppSpec | undefined;
  serving: RunnerProcess | undefined;
  private starting: RunnerProcess | undefined;
  private gen = 0;
  private readonly restarts = new RestartTimer();
  private waking: Promise<URL> | undefined;
  private deploying: Promise<LaunchResult> | undefined;
  private staleChecked = false;
  /** Code hashes that starts in flight depend on (one entry per start): pruning keeps them. */
  private readonly pinned: string[] = [];

  private readonly id: string;

  constructor(private readonly o: SupervisorOptions) {
    this.id = o.appId;
  }

  system(text: string): void {
    this.o.log.append("system", text);
  }

  /**
   * After a Kiln restart: an app that was sleeping has no process and no supervisor state. Knowing
   * its version (from reconcile) lets the next request wake it like any sleeping app.
   */
  restAsleep(spec: AppSpec): void {
    if (this.status !== "stopped" || this.serving) return;
    this.spec = spec;
    this.status = "sleeping";
  }

  /** The serving version (if any) serves until `spec` is ready; on failure, status is restored. */
  deploy(spec: AppSpec): Promise<LaunchResult> {
    const before = this.status;
    if (!this.serving) this.status = "deploying";
    const run = this.launch(spec, "deploy")
      .catch(msg.failedLaunch)
      .then((r) => {
        if (r.ok || r.superseded) return r;
        this.system(`version ${msg.short(spec.codeHash)} failed: ${msg.summary(r.failure)}`);
        if (!this.serving) {
          this.status = before === "sleeping" ? "sleeping" : "error";
          if (before === "error") this.scheduleRestart(); // the previous version keeps trying
        }
        return r;
      });
    this.deploying = run;
    void run.finally(() => {
      if (this.deploying === run) this.deploying = undefined;
    });
    return run;
  }

  /** Start `spec` as the newest generation; resolves when it is ready or has failed. */
  private async launch(spec: AppSpec, why: keyof typeof msg.STARTING): Promise<LaunchResult> {
    const gen = ++this.gen;
    this.starting?.cancel("cancelled", "A newer start replaced this one");
    this.restarts.cancel();
    const superseded = () => gen !== this.gen;
    if (!this.staleChecked) {
      this.staleChecked = true;
      if (await killLeftover(this.id)) this.system("stopped a process left over from a previous Kiln run");
    }
    this.pinned.push(spec.codeHash);
    try {
      return await this.run(spec, why, superseded);
    } finally {
      this.pinned.splice(this.pinned.indexOf(spec.codeHash), 1);
    }
  }

  private async run(spec: AppSpec, why: keyof typeof msg.STARTING, superseded: () => boolean): Promise<LaunchResult> {
    const codeDir = await writeCode(this.id, spec.codeHash, spec.files);
    if (superseded()) return msg.cancelled();
    this.system(`${msg.STARTING[why]} version ${msg.short(spec.codeHash)}`);
    const pooled = await this.o.pool?.take();
    if (superseded()) {
      pooled?.runner.kill("SIGKILL"); // never adopted: nothing of this app ran in it
      return msg.cancelled();
    }
    if (pooled) this.system(`adopted a warm runner (pid ${pooled.pid})`);
    const proc = new RunnerProcess(
      {
        appId: this.id,
        codeDir,
        entrypoint: spec.entrypoint || "app.py",
        userEnv: spec.env,
        mongoUri: spec.mongoUri,
        timeoutMs: this.o.timeoutMs,
        ...(this.o.exitWithKiln === false && { exitWithKiln: false }),
        log: (stream, text) => this.o.log.append(stream, text),
      },
      pooled,
    );
    this.starting = proc;
    const outcome = await proc.started;
    if (this.starting === proc) this.starting = undefined;
    if (outcome.ok && !superseded()) {
      await this.promote(spec, proc);
      return { ok: true, proc };
    }
    proc.kill("SIGKILL");
    if (outcome.ok) return msg.cancelled();
    return { ...outcome, superseded: superseded() };
  }

  private async promote(spec: AppSpec, proc: RunnerProcess): Promise<void> {
    const old = this.serving;
    this.serving = proc;
    this.spec = spec;
    this.status = "running";
    this.restarts.markHealthy();
    void proc.exited.then((info) => this.onExit(proc, info));
    await writeState(this.id, { pid: proc.pid, port: proc.port, codeHash: spec.codeHash, startedAt: new Date().toISOString() });
    this.system(`version ${msg.short(spec.codeHash)} is ready`);
    // Old versions' code goes once the old process is gone; what serves or starts stays.
    const keep = (hash: string) => hash === (this.spec?.codeHash ?? spec.codeHash) || this.pinned.includes(hash);
    const prune = () => pruneCode(this.id, keep).catch(() => undefined);
    if (old) void old.stop(GRACE_MS).then(prune);
    else void prune();
  }

  private onExit(proc: RunnerProcess, info: ExitInfo): void {
    if (this.serving !== proc) return; // replaced or stopped on purpose
    this.serving = undefined;
    this.status = "error";
    this.system(`process ${msg.describeExit(info)}`);
    this.scheduleRestart();
  }

  /** After a crash or a failed restart: try again after the next backoff delay. */
  scheduleRestart(): void {
    const spec = this.spec;
    if (!spec) return;
    const delay = this.restarts.schedule(() => void this.relaunch(spec, "restart"));
    this.system(`restarting in ${Math.round(delay / 1000)}s`);
  }

  /** Start the known version again (crash restart, wake); a failure counts as a crash. */
  private async relaunch(spec: AppSpec, why: "restart" | "wake"): Promise<boolean> {
    const r = await this.launch(spec, why).catch(msg.failedLaunch);
    if (!r.ok && !r.superseded) {
      this.status = "error";
      this.system(`${why === "wake" ? "failed to wake up" : "restart failed"}: ${msg.summary(r.failure)}`);
      this.scheduleRestart();
    }
    return r.ok;
  }

  /** The serving URL; wakes a sleeping app (one start shared by every caller). */
  endpoint(): Promise<URL> {
    if (this.serving?.port !== undefined && this.status === "running") {
      return Promise.resolve(new URL(`http://127.0.0.1:${this.serving.port}`));
    }
    if (this.status === "sleeping" && this.spec) {
      this.waking ??= this.relaunch(this.spec, "wake")
        .then((ok) => (ok ? this.endpoint() : Promise.reject(Unavailable("The app could not be woken up", { reason: "error" }))))
        .finally(() => {
          this.waking = undefined;
        });
      return this.waking;
    }
    // The first version is starting (or Kiln just restarted): hold the request until it is ready.
    if (this.status === "deploying" && this.deploying) return this.deploying.then(() => this.endpoint());
    return Promise.reject(
      msg.unavailableError(this.status, {
        deployed: !!this.spec,
        restartAt: this.restarts.at,
        restarting: !!this.starting || this.restarts.at !== undefined,
      }),
    );
  }

  /** Stop serving (stop, sleep, remove, shutdown): cancels any start and any pending restart. */
  async halt(next: "stopped" | "sleeping", opts: { persist: boolean } = { persist: true }): Promise<void> {
    this.gen++;
    this.starting?.cancel("cancelled", next === "sleeping" ? "The app was put to sleep" : "The app was stopped");
    this.restarts.reset();
    const proc = this.serving;
    this.serving = undefined;
    this.status = next === "sleeping" && this.spec ? "sleeping" : "stopped";
    if (proc) {
      this.system(this.status === "sleeping" ? "going to sleep" : "stopping");
      await proc.stop(GRACE_MS);
    }
    if (opts.persist) await writeState(this.id, { codeHash: this.spec?.codeHash }).catch(() => undefined);
  }
}
