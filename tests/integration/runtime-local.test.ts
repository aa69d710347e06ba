/**
 * The local runtime driver against real runner processes on 127.0.0.1. No mocks, no sleeps:
 * every wait is on a deploy event, a log line, a process exit or an HTTP answer.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalRuntime as LocalRuntimeClass } from "@/server/runtime/local/driver";
import type { DeployEvent, LogLine, Runtime } from "@/server/runtime/types";
import { fixtureFiles, fixtureSpec } from "@/tests/fixtures/apps/load";

const root = path.resolve(import.meta.dirname, "..", "..");
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kiln-runtime-"));
process.env.KILN_DATA_DIR = dataDir; // before server/env is first imported (below, in beforeAll)

let LocalRuntime: typeof LocalRuntimeClass;
let rt: Runtime;
const runtimes: Runtime[] = [];

function newRuntime(opts?: { deployTimeoutMs?: number }): Runtime {
  const r = new LocalRuntime(opts);
  runtimes.push(r);
  return r;
}

beforeAll(async () => {
  execFileSync("bash", [path.join(root, "runner", "ensure-venv.sh")], { stdio: "ignore" });
  ({ LocalRuntime } = await import("@/server/runtime/local/driver"));
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

async function getJson(base: URL, p: string): Promise<Record<string, unknown>> {
  const res = await fetch(new URL(p, base));
  expect(res.status).toBe(200);
  return (await res.json()) as Record<string, unknown>;
}

/** Subscribe now (synchronously), resolve with the first new log line that matches. */
function waitForLog(r: Runtime, appId: string, match: (l: LogLine) => boolean): Promise<LogLine> {
  const ac = new AbortController();
  const found = (async () => {
    for await (const line of r.logs(appId, { tail: 0, follow: true, signal: ac.signal })) {
      if (match(line)) return line;
    }
    throw new Error(`log ended before a matching line for ${appId}`);
  })();
  return found.finally(() => ac.abort());
}

function isGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return true;
  }
  // A killed orphan may linger as a zombie until its new parent reaps it: dead all the same.
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  return stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z");
}

const withVersion = (version: string) => {
  const files = fixtureFiles("hello");
  files["app.py"] = (files["app.py"] ?? "").replace('VERSION = "v1"', `VERSION = "${version}"`);
  return files;
};

function makeGate(name: string): string {
  const fifo = path.join(dataDir, name);
  execFileSync("mkfifo", [fifo]);
  return fifo;
}

describe("local runtime", () => {
  it("deploys an app: starting → ready, then serves it", async () => {
    expect(await rt.status("hello")).toBe("stopped");
    const events = await collect(rt.deploy(await fixtureSpec("hello", fixtureFiles("hello"))));
    expect(events.map((e) => e.phase)).toEqual(["starting", "ready"]);
    expect(await rt.status("hello")).toBe("running");
    const url = await rt.endpoint("hello");
    expect(url.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await getJson(url, "/")).toEqual({ app: "hello", version: "v1", greeting: "hello" });
  });

  it("keeps the old version serving until the new one is ready", async () => {
    const gate = makeGate("gate-v2");
    const events = rt.deploy(await fixtureSpec("hello", withVersion("v2"), { GATE: gate, GREETING: "hi" }))[Symbol.asyncIterator]();
    expect(((await events.next()).value as DeployEvent).phase).toBe("starting");
    // The new process is held at import by the gate; the old one answers meanwhile.
    expect(await getJson(await rt.endpoint("hello"), "/")).toMatchObject({ version: "v1" });
    expect(await rt.status("hello")).toBe("running");
    await fs.promises.writeFile(gate, "open");
    expect(((await events.next()).value as DeployEvent).phase).toBe("ready");
    expect(await getJson(await rt.endpoint("hello"), "/")).toEqual({ app: "hello", version: "v2", greeting: "hi" });
  });

  it("holds endpoint() while the first version starts", async () => {
    const gate = makeGate("gate-first");
    const events = rt.deploy(await fixtureSpec("firstboot", fixtureFiles("hello"), { GATE: gate }))[Symbol.asyncIterator]();
    expect(((await events.next()).value as DeployEvent).phase).toBe("starting");
    expect(await rt.status("firstboot")).toBe("deploying");
    const held = rt.endpoint("firstboot"); // nothing serves yet: the caller waits for the start
    await fs.promises.writeFile(gate, "open");
    expect(await getJson(await held, "/")).toMatchObject({ app: "hello" });
    expect(((await events.next()).value as DeployEvent).phase).toBe("ready");
    await rt.remove("firstboot");
  });

  it("lets a newer deploy replace one that is still starting", async () => {
    const gate = makeGate("gate-replaced");
    const slow = rt.deploy(await fixtureSpec("racer", withVersion("slow"), { GATE: gate }))[Symbol.asyncIterator]();
    expect(((await slow.next()).value as DeployEvent).phase).toBe("starting");
    const fast = await collect(rt.deploy(await fixtureSpec("racer", withVersion("fast"))));
    expect(fast.at(-1)?.phase).toBe("ready");
    expect(((await slow.next()).value as DeployEvent).failure).toMatchObject({ kind: "cancelled" });
    expect(await getJson(await rt.endpoint("racer"), "/")).toMatchObject({ version: "fast" });
    await rt.remove("racer");
  });

  it("reports a syntax error with its location and keeps the old version", async () => {
    const events = await collect(rt.deploy(await fixtureSpec("hello", fixtureFiles("broken-syntax"))));
    const last = events.at(-1);
    expect(last?.phase).toBe("failed");
    expect(last?.failure).toMatchObject({ kind: "syntax", location: { file: "app.py", line: 4 } });
    expect(await rt.status("hello")).toBe("running");
    expect(await getJson(await rt.endpoint("hello"), "/")).toMatchObject({ version: "v2" });
  });

  it("reports an import-time exception in a helper module at its line", async () => {
    const events = await collect(rt.deploy(await fixtureSpec("hello", fixtureFiles("broken-import"))));
    const failure = events.at(-1)?.failure;
    expect(failure).toMatchObject({ kind: "import", location: { file: "helper.py", line: 3 } });
    expect(failure?.message).toContain("helper exploded");
    expect(failure?.traceback).toContain("helper.py");
    expect(failure?.traceback).not.toContain(dataDir);
    expect(await getJson(await rt.endpoint("hello"), "/")).toMatchObject({ version: "v2" });
  });

  it("reports a process that dies at start without a KILN_ERROR as a crash", async () => {
    const spec = await fixtureSpec("quitter", { "app.py": 'print("bye")\nimport os\nos._exit(7)\n' });
    const failure = (await collect(rt.deploy(spec))).at(-1)?.failure;
    expect(failure).toMatchObject({ kind: "crash" });
    expect(failure?.message).toContain("code 7");
    expect(failure?.lastLines).toContain("bye");
    expect(await rt.status("quitter")).toBe("error");
    await expect(rt.endpoint("quitter")).rejects.toMatchObject({ code: "UNAVAILABLE" });
  });

  it("fails a start that is not ready in time and kills it", async () => {
    const quick = newRuntime({ deployTimeoutMs: 1500 });
    const gate = makeGate("gate-never");
    const events = await collect(quick.deploy(await fixtureSpec("slowpoke", fixtureFiles("hello"), { GATE: gate })));
    expect(events.at(-1)?.failure).toMatchObject({ kind: "timeout" });
    expect(await quick.status("slowpoke")).toBe("error");
  });

  it("restarts an app whose process was killed, then serves again", async () => {
    // (v2 waited for a gate at import: a restart of it would wait too)
    expect((await collect(rt.deploy(await fixtureSpec("hello", withVersion("v3"))))).at(-1)?.phase).toBe("ready");
    const { pid } = (await getJson(await rt.endpoint("hello"), "/pid")) as { pid: number };
    const crashed = waitForLog(rt, "hello", (l) => l.stream === "system" && l.text.includes("killed by SIGKILL"));
    const back = waitForLog(rt, "hello", (l) => l.stream === "system" && /^version \w+ is ready$/.test(l.text));
    process.kill(pid, "SIGKILL");
    await crashed;
    expect(await rt.status("hello")).toBe("error");
    await expect(rt.endpoint("hello")).rejects.toMatchObject({ code: "UNAVAILABLE", details: { reason: "restarting" } });
    await back;
    expect(await rt.status("hello")).toBe("running");
    const again = (await getJson(await rt.endpoint("hello"), "/pid")) as { pid: number };
    expect(again.pid).not.toBe(pid);
    expect(await getJson(await rt.endpoint("hello"), "/")).toMatchObject({ version: "v3" });
  });

  it("refuses a KILN_READY line that user code prints for another app's port", async () => {
    const port = (await rt.endpoint("hello")).port;
    const app = `print('KILN_READY {"port": ${port}, "pid": 1}')\nfrom fastapi import FastAPI\n\napp = FastAPI()\n`;
    const failure = (await collect(rt.deploy(await fixtureSpec("spoof", { "app.py": app })))).at(-1)?.failure;
    expect(failure).toMatchObject({ kind: "internal", message: expect.stringContaining("readiness check") });
    await expect(rt.endpoint("spoof")).rejects.toMatchObject({ code: "UNAVAILABLE" });
  });

  it("logs print() lines live and keeps them on disk across a Kiln restart", async () => {
    const first = newRuntime();
    await collect(first.deploy(await fixtureSpec("logger", fixtureFiles("hello"))));
    const msg = `hello from the logs test ${Date.now()}`;
    const seen = waitForLog(first, "logger", (l) => l.text === msg);
    await getJson(await first.endpoint("logger"), `/print?msg=${encodeURIComponent(msg)}`);
    expect(await seen).toMatchObject({ stream: "stdout", text: msg });
    await first.shutdown();

    const restarted = newRuntime();
    const tail = await collect(restarted.logs("logger", { tail: 50 }));
    expect(tail.map((l) => l.text)).toContain(msg);
    expect(tail.some((l) => l.stream === "system" && l.text.startsWith("starting version"))).toBe(true);
    expect(await collect(restarted.logs("logger", { tail: 1 }))).toHaveLength(1);
    expect(await collect(restarted.logs("logger", { since: new Date(Date.now() + 60_000) }))).toEqual([]);
  });

  it("kills a runner left behind by a crashed Kiln before starting a fresh one", async () => {
    const script = path.join(dataDir, "crashing-kiln.mts");
    fs.writeFileSync(
      script,
      `import { LocalRuntime } from "@/server/runtime/local/driver";
import { fixtureFiles, fixtureSpec } from "@/tests/fixtures/apps/load";
const rt = new LocalRuntime({ exitWithKiln: false }); // a runner that outlives its Kiln, as older runners did
for await (const e of rt.deploy(await fixtureSpec("stale", fixtureFiles("hello")))) console.log("EVENT", e.phase);
const res = await fetch(new URL("/pid", await rt.endpoint("stale")));
console.log("PID", (await res.json()).pid);
setInterval(() => {}, 1 << 30);
`,
    );
    // One process (no tsx CLI wrapper, which would leave its child alive after the SIGKILL).
    const kiln: ChildProcess = spawn(process.execPath, ["--import", "tsx", script], {
      cwd: root,
      env: { ...process.env, KILN_DATA_DIR: dataDir },
      stdio: ["ignore", "pipe", "inherit"],
    });
    const exited = new Promise((resolve) => kiln.once("exit", resolve));
    const stalePid = await new Promise<number>((resolve, reject) => {
      createInterface({ input: kiln.stdout as NodeJS.ReadableStream }).on("line", (line) => {
        if (line.startsWith("PID ")) resolve(Number(line.slice(4)));
      });
      kiln.once("exit", (code) => reject(new Error(`helper Kiln exited early (${code})`)));
    });
    kiln.kill("SIGKILL"); // no shutdown, no exit hooks: the runner is orphaned
    await exited;
    expect(isGone(stalePid)).toBe(false);
    const state = JSON.parse(fs.readFileSync(path.join(dataDir, "apps", "stale", "state.json"), "utf8")) as { pid: number };
    expect(state.pid).toBe(stalePid);

    const events = await collect(rt.deploy(await fixtureSpec("stale", fixtureFiles("hello"))));
    expect(events.at(-1)?.phase).toBe("ready");
    expect(isGone(stalePid)).toBe(true);
    const fresh = (await getJson(await rt.endpoint("stale"), "/pid")) as { pid: number };
    expect(fresh.pid).not.toBe(stalePid);
    const tail = await collect(rt.logs("stale", { tail: 20 }));
    expect(tail.map((l) => l.text)).toContain("stopped a process left over from a previous Kiln run");
  });

  it("remove() leaves no folder and no process", async () => {
    await collect(rt.deploy(await fixtureSpec("doomed", fixtureFiles("hello"))));
    const { pid } = (await getJson(await rt.endpoint("doomed"), "/pid")) as { pid: number };
    expect(fs.existsSync(path.join(dataDir, "apps", "doomed", "logs", "app.log"))).toBe(true);
    await rt.remove("doomed");
    expect(fs.existsSync(path.join(dataDir, "apps", "doomed"))).toBe(false);
    expect(isGone(pid)).toBe(true);
    expect(await rt.status("doomed")).toBe("stopped");
    await expect(rt.endpoint("doomed")).rejects.toMatchObject({ code: "UNAVAILABLE" });
  });

  it("stop() keeps the files and refuses requests", async () => {
    await collect(rt.deploy(await fixtureSpec("stopper", fixtureFiles("hello"))));
    const { pid } = (await getJson(await rt.endpoint("stopper"), "/pid")) as { pid: number };
    await rt.stop("stopper");
    expect(await rt.status("stopper")).toBe("stopped");
    expect(isGone(pid)).toBe(true);
    expect(fs.existsSync(path.join(dataDir, "apps", "stopper", "code"))).toBe(true);
    await expect(rt.endpoint("stopper")).rejects.toMatchObject({ code: "UNAVAILABLE", details: { reason: "stopped" } });
  });

  it("sleep() then endpoint() wakes the app once for concurrent callers", async () => {
    await collect(rt.deploy(await fixtureSpec("sleepy", fixtureFiles("hello"))));
    const { pid } = (await getJson(await rt.endpoint("sleepy"), "/pid")) as { pid: number };
    await rt.sleep("sleepy");
    expect(await rt.status("sleepy")).toBe("sleeping");
    expect(isGone(pid)).toBe(true);

    const urls = await Promise.all(Array.from({ length: 5 }, () => rt.endpoint("sleepy")));
    expect(new Set(urls.map((u) => u.href)).size).toBe(1);
    expect(await rt.status("sleepy")).toBe("running");
    const first = urls[0] as URL;
    expect(await getJson(first, "/")).toMatchObject({ app: "hello" });
    const lines = await collect(rt.logs("sleepy", { tail: 100 }));
    expect(lines.filter((l) => l.text.startsWith("waking up")).length).toBe(1);
  });
});
