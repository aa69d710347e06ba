/**
 * One runner process: spawn `<python> -m kiln_runner` (or adopt a warm pool process: pool.ts),
 * turn its output into log lines, and settle `started` exactly once — ready (KILN_READY seen and
 * GET /__kiln/ready answered 200), or failed (KILN_ERROR, exit before ready, timeout, cancel).
 * Everything is event-driven: the ready line, the exit event and one deadline timer; nothing polls.
 */
import http from "node:http";
import { env } from "@/server/env";
import { type ChildEnvOptions, childEnv } from "@/server/runtime/local/child-env";
import type { PooledRunner } from "@/server/runtime/local/pool";
import { appMarker } from "@/server/runtime/local/reaper";
import { type ExitInfo, RunnerChild } from "@/server/runtime/local/runner-child";
import { parseLoadError, parseReady, scrubPaths } from "@/server/runtime/runner-protocol";
import type { DeployFailure, LogLine } from "@/server/runtime/types";

export type { ExitInfo } from "@/server/runtime/local/runner-child";

const LAST_LINES = 30;

export interface RunnerOptions extends ChildEnvOptions {
  timeoutMs: number;
  log: (stream: LogLine["stream"], text: string) => void;
}

export type StartOutcome = { ok: true; port: number } | { ok: false; failure: DeployFailure };

export class RunnerProcess {
  readonly runner: RunnerChild;
  readonly started: Promise<StartOutcome>;
  readonly exited: Promise<ExitInfo>;
  /** True when a warm pool process was adopted instead of spawning one. */
  readonly adopted: boolean;
  port: number | undefined;
  private settle!: (o: StartOutcome) => void;
  private settled = false;
  private loadError: DeployFailure | undefined;
  private readonly recent: string[] = [];
  private readonly deadline: NodeJS.Timeout;

  /** With `pooled`, that warm process adopts the app (its environment goes over stdin). */
  constructor(
    private readonly o: RunnerOptions,
    pooled?: PooledRunner,
  ) {
    this.started = new Promise((resolve) => {
      this.settle = (outcome) => {
        if (this.settled) return;
        this.settled = true;
        clearTimeout(this.deadline);
        resolve(outcome);
      };
    });
    const pythonPath = env().pythonPath;
    this.adopted = pooled !== undefined;
    this.runner = pooled ? pooled.runner : new RunnerChild(appMarker(o.appId), childEnv(o, pythonPath));
    this.exited = this.runner.exited;
    this.runner.handle({
      line: (stream, line) => this.onLine(stream, line),
      error: (err) => this.fail({ kind: "internal", message: `Could not start the app process (${errCode(err)})` }),
    });
    if (pooled) {
      pooled.adopt(childEnv(o, pythonPath));
      void this.started.then(() => pooled.release());
    }
    this.deadline = setTimeout(() => this.onTimeout(), o.timeoutMs);
    void this.exited.then((info) => this.onExit(info));
  }

  get pid(): number | undefined {
    return this.runner.pid;
  }

  get running(): boolean {
    return this.runner.running;
  }

  lastLines(): string[] {
    return [...this.recent];
  }

  /** Stop starting (a newer deploy, stop(), sleep()): the outcome becomes a failure of `kind`. */
  cancel(kind: string, message: string): void {
    this.fail({ kind, message });
    this.kill("SIGKILL");
  }

  /** SIGTERM, then SIGKILL after `graceMs`; resolves once the process has exited. */
  async stop(graceMs = 5000): Promise<ExitInfo> {
    this.fail({ kind: "cancelled", message: "The app was stopped while starting" });
    if (this.running) {
      this.kill("SIGTERM");
      const timer = setTimeout(() => this.kill("SIGKILL"), graceMs);
      const info = await this.exited;
      clearTimeout(timer);
      return info;
    }
    return this.exited;
  }

  kill(signal: NodeJS.Signals): void {
    this.runner.kill(signal);
  }

  private fail(failure: DeployFailure): void {
    if (this.settled) return;
    this.settle({ ok: false, failure: { ...failure, lastLines: failure.lastLines ?? this.lastLines() } });
  }

  private onLine(stream: "stdout" | "stderr", line: string): void {
    if (stream === "stdout" && this.port === undefined) {
      const ready = parseReady(line);
      if (ready) {
        this.onReady(ready.port);
        return;
      }
    }
    if (stream === "stderr" && !this.loadError) {
      const failure = parseLoadError(line, this.o.codeDir);
      if (failure) {
        this.loadError = failure;
        const where = failure.location ? ` (${failure.location.file}:${failure.location.line})` : "";
        this.o.log("system", `failed to load the app: ${failure.message}${where}`);
        return;
      }
    }
    const text = scrubPaths(line, this.o.codeDir);
    this.recent.push(text);
    if (this.recent.length > LAST_LINES) this.recent.shift();
    this.o.log(stream, text);
  }

  private onReady(port: number): void {
    this.port = port;
    // The answer must name this app: user code shares the runner's stdout and could print a
    // KILN_READY line pointing at another app's port before the runner does.
    const req = http.get({ host: "127.0.0.1", port, path: "/__kiln/ready", agent: false }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => {
        body += c.slice(0, 4096);
      });
      res.on("end", () => {
        if (res.statusCode === 200 && readyAppId(body) === this.o.appId) this.settle({ ok: true, port });
        else this.failAndKill({ kind: "internal", message: `The app did not pass its readiness check (${res.statusCode})` });
      });
    });
    req.setTimeout(Math.min(10_000, this.o.timeoutMs), () => req.destroy(new Error("timeout")));
    req.on("error", (err) =>
      this.failAndKill({ kind: "internal", message: `The app did not answer its readiness check (${errCode(err)})` }),
    );
  }

  private onTimeout(): void {
    const seconds = Math.round(this.o.timeoutMs / 1000);
    this.failAndKill({ kind: "timeout", message: `The app was not ready within ${seconds}s` });
  }

  private onExit(info: ExitInfo): void {
    if (this.settled) return;
    const how = info.signal ? `was killed by ${info.signal}` : `exited with code ${info.code}`;
    this.fail(this.loadError ?? { kind: "crash", message: `The app process ${how} before it was ready` });
  }

  private failAndKill(failure: DeployFailure): void {
    this.fail(failure);
    this.kill("SIGKILL");
  }
}

function readyAppId(body: string): unknown {
  try {
    return (JSON.parse(body) as { app_id?: unknown }).app_id;
  } catch {
    return undefined;
  }
}

function errCode(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return code ?? (err instanceof Error ? err.message : "unknown error");
}
