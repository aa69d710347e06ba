/**
 * The warm pool of the local driver: `python -m kiln_runner` processes started with KILN_POOL=1
 * that have already paid for the interpreter and the framework imports, each waiting on its stdin
 * for one app (runner/README.md, "Warm pool"). A deploy, restart or wake takes one and sends it
 * the app's environment; the pool refills in the background once that start has settled.
 *
 * A pooled process serves one app, once: isolation comes from a fresh process per app (no fork,
 * nothing shared). Before adoption its output goes nowhere near an app's log; it is kept here
 * only to explain a pool process that died (Kiln's own console).
 */
import { env } from "@/server/env";
import { poolEnv } from "@/server/runtime/local/child-env";
import { killStalePool, poolMarker } from "@/server/runtime/local/reaper";
import { type ExitInfo, RunnerChild } from "@/server/runtime/local/runner-child";

const POOLED_PREFIX = "KILN_POOLED ";
const RETRY_BASE_MS = 1000;
const RETRY_MAX_MS = 30_000;

/** One warm process, until an app adopts it. */
export class PooledRunner {
  readonly runner = new RunnerChild(poolMarker(), poolEnv(env().pythonPath));
  /** True once it said KILN_POOLED; false if it exited (or could not start) first. */
  readonly warm: Promise<boolean>;
  /** Resolved once its adopter's start settled (ready or failed) or it exited: time to refill. */
  readonly released: Promise<void>;
  release!: () => void;
  private readonly recent: string[] = [];

  constructor() {
    this.released = new Promise((resolve) => {
      this.release = resolve;
    });
    void this.runner.exited.then(() => this.release());
    this.runner.setRef(false); // an idle pool keeps no script alive
    this.warm = new Promise((resolve) => {
      this.runner.handle({
        line: (stream, line) => {
          if (stream === "stdout" && line.startsWith(POOLED_PREFIX)) return resolve(true);
          this.recent.push(line);
          if (this.recent.length > 10) this.recent.shift();
        },
        error: (err) => {
          this.recent.push(err.message);
          resolve(false);
        },
      });
      void this.runner.exited.then(() => resolve(false));
    });
  }

  get pid(): number | undefined {
    return this.runner.pid;
  }

  /** Hand the app over: its complete environment, as one line on stdin. Used once. */
  adopt(childEnv: Record<string, string>): void {
    this.runner.send(JSON.stringify({ env: childEnv }));
  }

  lastLines(): string[] {
    return [...this.recent];
  }
}

export class WarmPool {
  private readonly idle: PooledRunner[] = [];
  private failures = 0;
  private retry: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(readonly size: number) {
    if (size <= 0) return;
    void killStalePool().then(
      (n) => n > 0 && console.warn(`[kiln] stopped ${n} warm runner(s) left over from a previous Kiln run`),
      () => undefined,
    );
    this.fill();
  }

  /**
   * A warm process for the next start, or undefined (pool disabled, empty after failures): then
   * spawn as usual. A process still warming is waited for: it started earlier than a new spawn would.
   */
  async take(): Promise<PooledRunner | undefined> {
    const p = this.idle.shift();
    if (!p) return undefined;
    p.runner.setRef(true); // someone waits on it now: it keeps Node alive like any starting app
    // The refill's imports would compete for CPU with the app starting in `p`: it waits for that.
    // (A process that failed to warm refills through onFailure, after its backoff delay.)
    void p.released.then(async () => {
      if (await p.warm) this.fill();
    });
    if ((await p.warm) && p.runner.running && !this.closed) return p;
    p.runner.kill("SIGKILL");
    return undefined; // its exit goes through onFailure (not warm) or refills (warm, then died)
  }

  /** Kill the idle processes; nothing refills after this. */
  async shutdown(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    const idle = this.idle.splice(0);
    for (const p of idle) p.runner.kill("SIGKILL");
    await Promise.all(idle.map((p) => p.runner.exited));
  }

  private fill(): void {
    if (this.closed || this.retry) return;
    while (this.idle.length < this.size) {
      const p = new PooledRunner();
      this.idle.push(p);
      void p.warm.then((ok) => {
        if (!ok) return void p.runner.exited.then((info) => this.onFailure(p, info));
        this.failures = 0;
        void p.runner.exited.then(() => this.forget(p));
      });
    }
  }

  /** A warm process exited: the adopter's business if it was taken, else (killed by someone) refill. */
  private forget(p: PooledRunner): void {
    const i = this.idle.indexOf(p);
    if (i === -1) return;
    this.idle.splice(i, 1);
    this.fill();
  }

  /** A process died before it was warm: refill after a backoff delay (a broken venv costs no CPU loop). */
  private onFailure(p: PooledRunner, info: ExitInfo): void {
    const i = this.idle.indexOf(p);
    if (i !== -1) this.idle.splice(i, 1);
    if (this.closed) return;
    this.failures++;
    const delay = Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** (this.failures - 1));
    if (this.failures === 1) {
      const how = info.signal ? `was killed by ${info.signal}` : `exited with code ${info.code}`;
      console.warn(`[kiln] a warm runner ${how} before it was used; refilling in ${delay / 1000}s`, p.lastLines().join("\n"));
    }
    this.retry = setTimeout(() => {
      this.retry = undefined;
      this.fill();
    }, delay);
    this.retry.unref();
  }
}
