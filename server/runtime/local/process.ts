/**
 * One runner process: spawn `<python> -m kiln_runner`, turn its output into log lines, and
 * settle `started` exactly once — ready (KILN_READY seen and GET /__kiln/ready answered 200),
 * or failed (KILN_ERROR, exit before ready, timeout, cancel). Everything is event-driven: the
 * ready line, the exit event and one deadline timer; nothing polls.
 */
import { type ChildProcess, spawn } from "node:child_process";
import http from "node:http";
import { createInterface } from "node:readline";
import { env } from "@/server/env";
import { type ChildEnvOptions, childEnv } from "@/server/runtime/local/child-env";
import { appMarker, trackChild } from "@/server/runtime/local/reaper";
import { parseLoadError, parseReady, scrubPaths } from "@/server/runtime/runner-protocol";
import type { DeployFailure, LogLine } from "@/server/runtime/types";

const LAST_LINES = 30;

export interface RunnerOptions extends ChildEnvOptions {
  timeoutMs: number;
  log: (stream: LogLine["stream"], text: string) => void;
}

export type StartOutcome = { ok: true; port: number } | { ok: false; failure: DeployFailure };
export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export class RunnerProcess {
  readonly child: ChildProcess;
  readonly started: Promise<StartOutcome>;
  readonly exited: Promise<ExitInfo>;
  port: number | undefined;
  private settle!: (o: StartOutcome) => void;
  private settled = false;
  private loadError: DeployFailure | undefined;
  private readonly recent: string[] = [];
  private readonly deadline: NodeJS.Timeout;

  constructor(private readonly o: RunnerOptions) {
    this.started = new Promise((resolve) => {
      this.settle = (outcome) => {
        if (this.settled) return;
        this.settled = true;
        clearTimeout(this.deadline);
        resolve(outcome);
      };
    });
    const e = env();
    this.child = spawn(e.pythonPath, ["-X", appMarker(o.appId), "-m", "kiln_runner"], {
      cwd: e.runnerDir,
      env: childEnv(o, e.pythonPath) as NodeJS.ProcessEnv, // Next's types demand NODE_ENV
      // stdin stays an open pipe: it closes when Kiln dies, for a runner that watches it.
      stdio: ["pipe", "pipe", "pipe"],
    });
    if (this.child.pid !== undefined) trackChild(this.child);
    this.exited = new Promise((resolve) => {
      let info: ExitInfo | undefined;
      this.child.once("exit", (code, signal) => {
        info = { code, signal };
        // 'close' follows once stdout/stderr are drained; don't wait forever if a grandchild holds them.
        setTimeout(() => resolve(info as ExitInfo), 2000).unref();
      });
      this.child.once("close", (code, signal) => resolve(info ?? { code, signal }));
      this.child.once("error", (err) => {
        this.fail({ kind: "internal", message: `Could not start the app process (${errCode(err)})` });
        if (this.child.pid === undefined) resolve({ code: null, signal: null });
      });
    });
    this.child.stdin?.on("error", () => undefined);
    this.deadline = setTimeout(() => this.onTimeout(), o.timeoutMs);
    this.readLines();
    void this.exited.then((info) => this.onExit(info));
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null && this.child.pid !== undefined;
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
    if (!this.running) return;
    try {
      this.child.kill(signal);
    } catch {
      // already gone
    }
  }

  private fail(failure: DeployFailure): void {
    if (this.settled) return;
    this.settle({ ok: false, failure: { ...failure, lastLines: failure.lastLines ?? this.lastLines() } });
  }

  private readLines(): void {
    const onLine = (stream: "stdout" | "stderr") => (raw: string) => {
      const line = raw.replace(/\r$/, "");
      if (stream === "stdout" && this.port === undefined) {
        const ready = parseReady(line);
        if (ready) return this.onReady(ready.port);
      }
      if (stream === "stderr" && !this.loadError) {
        const failure = parseLoadError(line, this.o.codeDir);
        if (failure) {
          this.loadError = failure;
          const where = failure.location ? ` (${failure.location.file}:${failure.location.line})` : "";
          return this.o.log("system", `failed to load the app: ${failure.message}${where}`);
        }
      }
      const text = scrubPaths(line, this.o.codeDir);
      this.recent.push(text);
      if (this.recent.length > LAST_LINES) this.recent.shift();
      this.o.log(stream, text);
    };
    if (this.child.stdout) createInterface({ input: this.child.stdout, crlfDelay: Infinity }).on("line", onLine("stdout"));
    if (this.child.stderr) createInterface({ input: this.child.stderr, crlfDelay: Infinity }).on("line", onLine("stderr"));
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
