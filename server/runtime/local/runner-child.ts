/**
 * A spawned `python -m kiln_runner`: its exit as one promise, its output as lines delivered to
 * one handler that can be switched. A warm pool process reads its own lines until it is adopted;
 * then the adopting RunnerProcess takes them over, so nothing the pool process printed before
 * reaches an app's log.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { env } from "@/server/env";
import { trackChild } from "@/server/runtime/local/reaper";

export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ChildHandler {
  line(stream: "stdout" | "stderr", line: string): void;
  /** The process could not be started (ENOENT, EACCES…). */
  error(err: Error): void;
}

const IGNORE: ChildHandler = { line: () => undefined, error: () => undefined };

export class RunnerChild {
  readonly child: ChildProcess;
  readonly exited: Promise<ExitInfo>;
  private handler: ChildHandler = IGNORE;

  /** `marker` goes on the command line as `-X <marker>` (reaper.ts reads it back). */
  constructor(marker: string, childEnv: Record<string, string>) {
    const e = env();
    this.child = spawn(e.pythonPath, ["-X", marker, "-m", "kiln_runner"], {
      cwd: e.runnerDir,
      env: childEnv as NodeJS.ProcessEnv, // Next's types demand NODE_ENV
      // stdin stays an open pipe: it carries the adopt line, then closes when Kiln dies.
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
        this.handler.error(err);
        if (this.child.pid === undefined) resolve({ code: null, signal: null });
      });
    });
    this.child.stdin?.on("error", () => undefined);
    const onLine = (stream: "stdout" | "stderr") => (raw: string) => this.handler.line(stream, raw.replace(/\r$/, ""));
    if (this.child.stdout) createInterface({ input: this.child.stdout, crlfDelay: Infinity }).on("line", onLine("stdout"));
    if (this.child.stderr) createInterface({ input: this.child.stderr, crlfDelay: Infinity }).on("line", onLine("stderr"));
  }

  /** From now on, lines and start errors go to `handler` (and only there). */
  handle(handler: ChildHandler): void {
    this.handler = handler;
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null && this.child.pid !== undefined;
  }

  /** One line on the runner's stdin. */
  send(line: string): void {
    this.child.stdin?.write(`${line}\n`);
  }

  kill(signal: NodeJS.Signals): void {
    if (!this.running) return;
    try {
      this.child.kill(signal);
    } catch {
      // already gone
    }
  }

  /** Whether an idle child keeps Node's event loop alive (a warm pool process should not). */
  setRef(ref: boolean): void {
    const streams = [this.child, this.child.stdin, this.child.stdout, this.child.stderr] as ({ ref?(): void; unref?(): void } | null)[];
    for (const s of streams) (ref ? s?.ref : s?.unref)?.call(s);
  }
}
