/**
 * Making sure app processes do not outlive Kiln.
 *
 * 1. Every child is tracked in one process-wide set (on globalThis: the custom server and the
 *    Next.js bundle may both load this module) and SIGKILLed from a process 'exit' hook, which
 *    runs on process.exit() and on an uncaught exception.
 * 2. Children stay in Kiln's process group, so Ctrl-C in a terminal or `kill -- -<pgid>` reaches
 *    them too, and each child gets a stdin pipe from Kiln that closes whenever Kiln dies.
 * 3. Nothing runs after SIGKILL, so state.json remembers the pid and a restarted Kiln kills the
 *    leftover before it starts the app again. A pid can be reused by an unrelated process after a
 *    reboot: we only kill a pid whose command line carries our `-X kiln_app=<appId>` marker, or
 *    the warm pool's marker (an adopted pooled process keeps the argv it was started with).
 * 4. Warm pool processes carry `-X kiln_pool=<data dir tag>.<Kiln's pid>`. Before adoption they
 *    exit when their stdin closes; any left behind anyway (the Kiln named in the marker is dead)
 *    is killed by killStalePool() when a new pool starts for the same data directory.
 */
import type { ChildProcess } from "node:child_process";
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import { env } from "@/server/env";
import { readState } from "@/server/runtime/local/files";

const g = globalThis as typeof globalThis & { __kilnChildren?: Set<ChildProcess> };

function children(): Set<ChildProcess> {
  if (!g.__kilnChildren) {
    const set = new Set<ChildProcess>();
    g.__kilnChildren = set;
    process.on("exit", () => {
      for (const child of set) {
        try {
          child.kill("SIGKILL");
        } catch {
          // already gone
        }
      }
    });
  }
  return g.__kilnChildren;
}

export function trackChild(child: ChildProcess): void {
  const set = children();
  set.add(child);
  child.once("exit", () => set.delete(child));
}

/** The marker that names the app on the runner's command line (`python -X kiln_app=<id>`). */
export function appMarker(appId: string): string {
  return `kiln_app=${appId}`;
}

/** Names this data directory (two Kilns on one machine each reap only their own pool). */
function poolTag(): string {
  return createHash("sha256").update(env().dataDir).digest("hex").slice(0, 12);
}

/** The marker on a warm pool process's command line: this data directory and this Kiln's pid. */
export function poolMarker(): string {
  return `kiln_pool=${poolTag()}.${process.pid}`;
}

function isPoolMarker(arg: string): boolean {
  return arg.startsWith(`kiln_pool=${poolTag()}.`);
}

async function commandLine(pid: number): Promise<string[] | undefined> {
  try {
    const raw = await fs.readFile(`/proc/${pid}/cmdline`, "utf8");
    return raw.split("\0").filter(Boolean);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") {
      // No such process — or no /proc at all (macOS): ask ps.
      const procExists = await fs.access("/proc/self").then(
        () => true,
        () => false,
      );
      if (procExists) return undefined;
    }
  }
  return new Promise((resolve) => {
    execFile("ps", ["-o", "command=", "-p", String(pid)], (err, stdout) => {
      resolve(err ? undefined : stdout.trim().split(/\s+/));
    });
  });
}

/** True when `pid` is alive and is a runner that Kiln started for `appId`. */
export async function isRunnerOf(pid: number, appId: string): Promise<boolean> {
  if (!Number.isInteger(pid) || pid <= 1 || pid === process.pid) return false;
  const argv = await commandLine(pid);
  return !!argv && (argv.includes(appMarker(appId)) || argv.some(isPoolMarker)) && argv.includes("kiln_runner");
}

/**
 * Kill a runner left behind by a previous Kiln process. SIGKILL at once: nobody routes requests
 * to it any more, and the fresh process binds its own port, so nothing waits for the exit.
 */
export async function killStale(pid: number | undefined, appId: string): Promise<boolean> {
  if (pid === undefined || !(await isRunnerOf(pid, appId))) return false;
  return killUnlessOurs(pid);
}

function killUnlessOurs(pid: number): boolean {
  for (const child of children()) if (child.pid === pid) return false; // ours, alive: not stale
  try {
    process.kill(pid, "SIGKILL");
    return true;
  } catch {
    return false;
  }
}

/** Kill the runner a previous Kiln process left behind for `appId` (its pid is in state.json). */
export async function killLeftover(appId: string): Promise<boolean> {
  return killStale((await readState(appId)).pid, appId);
}

/** Pool processes of this data directory whose Kiln is gone (adopted or not): SIGKILLed. */
export async function killStalePool(): Promise<number> {
  let killed = 0;
  for (const { pid, argv } of await runnerProcesses()) {
    const marker = argv.find(isPoolMarker);
    const kilnPid = Number(marker?.slice(marker.lastIndexOf(".") + 1));
    if (!marker || !argv.includes("kiln_runner") || isAlive(kilnPid)) continue;
    if (killUnlessOurs(pid)) killed++;
  }
  return killed;
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Every process whose command line mentions kiln_pool (from /proc, else from ps). */
async function runnerProcesses(): Promise<{ pid: number; argv: string[] }[]> {
  const pids = await fs.readdir("/proc").then(
    (names) => names.filter((n) => /^\d+$/.test(n)).map(Number),
    () => undefined,
  );
  if (!pids) return psList();
  const found: { pid: number; argv: string[] }[] = [];
  for (const pid of pids) {
    const raw = await fs.readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "");
    if (raw.includes("kiln_pool=")) found.push({ pid, argv: raw.split("\0").filter(Boolean) });
  }
  return found;
}

function psList(): Promise<{ pid: number; argv: string[] }[]> {
  return new Promise((resolve) => {
    execFile("ps", ["-axo", "pid=,command="], (err, stdout) => {
      if (err) return resolve([]);
      const rows = stdout.split("\n").filter((line) => line.includes("kiln_pool="));
      resolve(rows.map((line) => line.trim().split(/\s+/)).map(([pid, ...argv]) => ({ pid: Number(pid), argv })));
    });
  });
}
