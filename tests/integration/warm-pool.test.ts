/**
 * The local driver's warm pool against real runner processes: deploys and wakes adopt a process
 * that was already waiting (started with KILN_POOL=1), the pool refills, a stale pooled process
 * from a dead Kiln is killed. No sleeps: every wait is on a deploy event, an exit or an HTTP answer.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalRuntime as LocalRuntimeClass } from "@/server/runtime/local/driver";
import type { DeployEvent, Runtime } from "@/server/runtime/types";
import { fixtureFiles, fixtureSpec } from "@/tests/fixtures/apps/load";

const root = path.resolve(import.meta.dirname, "..", "..");
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kiln-pool-"));
process.env.KILN_DATA_DIR = dataDir; // before server/env is first imported (below, in beforeAll)
process.env.KILN_WARM_POOL = "1";

let LocalRuntime: typeof LocalRuntimeClass;
let poolMarker: () => string;
let rt: Runtime;
const runtimes: Runtime[] = [];

function newRuntime(opts?: { warmPool?: number }): Runtime {
  const r = new LocalRuntime(opts);
  runtimes.push(r);
  return r;
}

beforeAll(async () => {
  execFileSync("bash", [path.join(root, "runner", "ensure-venv.sh")], { stdio: "ignore" });
  ({ LocalRuntime } = await import("@/server/runtime/local/driver"));
  ({ poolMarker } = await import("@/server/runtime/local/reaper"));
  rt = newRuntime();
});

afterAll(async () => {
  await Promise.all(runtimes.map((r) => r.shutdown()));
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

async function servingPid(r: Runtime, appId: string): Promise<number> {
  const res = await fetch(new URL("/pid", await r.endpoint(appId)));
  expect(res.status).toBe(200);
  return ((await res.json()) as { pid: number }).pid;
}

/** Pids of this Kiln's pool processes (waiting or adopted): their command line carries the marker. */
function poolPids(): number[] {
  const marker = poolMarker();
  return fs
    .readdirSync("/proc")
    .filter((n) => /^\d+$/.test(n))
    .filter((n) => {
      try {
        return fs.readFileSync(`/proc/${n}/cmdline`, "utf8").split("\0").includes(marker);
      } catch {
        return false;
      }
    })
    .map(Number);
}

async function logTexts(r: Runtime, appId: string): Promise<string[]> {
  return (await collect(r.logs(appId, { tail: 200 }))).map((l) => l.text);
}

const adoptedPids = (lines: string[]) => lines.flatMap((t) => /^adopted a warm runner \(pid (\d+)\)$/.exec(t)?.[1] ?? []).map(Number);

describe("warm pool (local runtime)", () => {
  it("serves a deploy and every wake from a process that was already waiting", async () => {
    const idleBeforeDeploy = poolPids();
    expect(idleBeforeDeploy).toHaveLength(1);
    const events: DeployEvent[] = await collect(rt.deploy(await fixtureSpec("pooled", fixtureFiles("hello"), { GREETING: "warm" })));
    expect(events.at(-1)?.phase).toBe("ready");
    const first = await servingPid(rt, "pooled");
    expect(first).toBe(idleBeforeDeploy[0]);

    const pids = [first];
    for (let wake = 0; wake < 2; wake++) {
      const waiting = poolPids().filter((pid) => !pids.includes(pid)); // the refill
      expect(waiting).toHaveLength(1);
      await rt.sleep("pooled");
      const pid = await servingPid(rt, "pooled"); // wakes it
      expect(pid).toBe(waiting[0]);
      pids.push(pid);
    }
    expect(new Set(pids).size).toBe(3); // one process per start, never reused

    const res = await fetch(new URL("/", await rt.endpoint("pooled")));
    expect(await res.json()).toMatchObject({ app: "hello", greeting: "warm" }); // the app's env, adopted
    const lines = await logTexts(rt, "pooled");
    expect(adoptedPids(lines)).toEqual(pids);
    expect(lines.some((t) => t.includes("KILN_POOLED"))).toBe(false); // the pool never writes an app's log
  });

  it("reports a broken app's error with its location after adoption", async () => {
    const files = { "app.py": "from fastapi import FastAPI\n\napp = FastAPI(\n" };
    const events = await collect(rt.deploy(await fixtureSpec("pooled-broken", files)));
    const last = events.at(-1);
    expect(last?.phase).toBe("failed");
    expect(last?.failure).toMatchObject({ kind: "syntax", location: { file: "app.py" } });
    expect(adoptedPids(await logTexts(rt, "pooled-broken"))).toHaveLength(1);
  });

  it("spawns as before with KILN_WARM_POOL=0", async () => {
    const cold = newRuntime({ warmPool: 0 });
    const events = await collect(cold.deploy(await fixtureSpec("unpooled", fixtureFiles("hello"))));
    expect(events.at(-1)?.phase).toBe("ready");
    const pid = await servingPid(cold, "unpooled");
    expect(fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0")).toContain("kiln_app=unpooled");
    expect(adoptedPids(await logTexts(cold, "unpooled"))).toEqual([]);
  });

  it("kills a pooled process whose Kiln is gone when a new pool starts", async () => {
    const gone = spawn(process.execPath, ["-e", ""]);
    const deadKilnPid = gone.pid as number;
    await new Promise((resolve) => gone.once("exit", resolve));
    const staleMarker = poolMarker().replace(/\.\d+$/, `.${deadKilnPid}`);
    const python = path.join(root, "runner", ".venv", "bin", "python");
    // stdin stays open (as if its Kiln froze rather than died), so only the reaper can end it.
    const stale: ChildProcess = spawn(python, ["-X", staleMarker, "-m", "kiln_runner"], {
      cwd: path.join(root, "runner"),
      env: { PATH: process.env.PATH, KILN_POOL: "1" } as unknown as NodeJS.ProcessEnv,
      stdio: ["pipe", "ignore", "ignore"],
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => stale.once("exit", (_code, signal) => resolve(signal)));
    newRuntime();
    expect(await exited).toBe("SIGKILL");
  });
});
