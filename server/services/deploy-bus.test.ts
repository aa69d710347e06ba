import type { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import type { DeployEvent } from "@/server/runtime/types";
import { followDeployment, publish, type StoredEvents } from "./deploy-bus";

const ev = (i: number, phase: DeployEvent["phase"] = "starting"): DeployEvent => ({ ts: `t${i}`, phase, message: `m${i}` });
const PHASES: DeployEvent["phase"][] = ["validating", "starting", "starting", "ready"];
const all = PHASES.map((p, i) => ev(i, p));

/** A database that a rollout elsewhere fills: `stored(n)` is what it holds after n events. */
function stored(n: number): StoredEvents {
  return { events: all.slice(0, n), finished: n === all.length };
}

async function collect(it: AsyncIterable<DeployEvent>): Promise<string[]> {
  const out: string[] = [];
  for await (const e of it) out.push(e.ts);
  return out;
}

function listeners(id: string): number {
  return (globalThis as { __kilnDeployBus?: EventEmitter }).__kilnDeployBus?.listenerCount(id) ?? 0;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A reader that counts its calls. */
function counted(read: () => StoredEvents | null) {
  const c = {
    reads: 0,
    read: async () => {
      c.reads++;
      return read();
    },
  };
  return c;
}

describe("followDeployment", () => {
  it("yields a finished deployment's stored events and ends without waiting", async () => {
    const db = counted(() => stored(4));
    const got = await collect(followDeployment("d-done", db.read, { pollMs: 10_000 }));
    expect(got).toEqual(["t0", "t1", "t2", "t3"]);
    expect(db.reads).toBe(1);
    expect(listeners("d-done")).toBe(0);
  });

  it("follows a rollout on another replica through the database alone, to its terminal event", async () => {
    let n = 1;
    const timer = setInterval(() => n < 4 && n++, 15);
    const got = await collect(followDeployment("d-remote", async () => stored(n), { pollMs: 5 }));
    clearInterval(timer);
    expect(got).toEqual(["t0", "t1", "t2", "t3"]);
  });

  it("mixes local and stored events without duplicates or gaps", async () => {
    let n = 1;
    const stream = followDeployment("d-mixed", async () => stored(n), { pollMs: 20 });
    const out: string[] = [];
    const done = (async () => {
      for await (const e of stream) out.push(e.ts);
    })();
    await sleep(5);
    // Event 1 arrives locally and is stored; event 2 only reaches the database (as from a
    // publish that raced the subscription); event 3 comes both ways.
    n = 2;
    publish("d-mixed", { seq: 1, event: all[1] as DeployEvent, terminal: false });
    await sleep(5);
    n = 3;
    await sleep(40);
    n = 4;
    publish("d-mixed", { seq: 3, event: all[3] as DeployEvent, terminal: true });
    await done;
    expect(out).toEqual(["t0", "t1", "t2", "t3"]);
    expect(listeners("d-mixed")).toBe(0);
  });

  it("reads the database at once when a local event shows that earlier ones were missed", async () => {
    let n = 1;
    const db = counted(() => stored(n));
    const stream = followDeployment("d-gap", db.read, { pollMs: 60_000 });
    const done = collect(stream);
    await sleep(5);
    n = 4;
    publish("d-gap", { seq: 3, event: all[3] as DeployEvent, terminal: true });
    expect(await done).toEqual(["t0", "t1", "t2", "t3"]);
    expect(db.reads).toBe(2);
  });

  it("ends on abort and when the deployment is gone, and unsubscribes", async () => {
    const ac = new AbortController();
    const db = counted(() => stored(1));
    const done = collect(followDeployment("d-abort", db.read, { signal: ac.signal, pollMs: 10_000 }));
    await sleep(5);
    expect(listeners("d-abort")).toBe(1);
    ac.abort();
    expect(await done).toEqual(["t0"]);
    expect(db.reads).toBe(1);
    expect(listeners("d-abort")).toBe(0);

    let gone = false;
    const deleted = collect(followDeployment("d-gone", async () => (gone ? null : stored(2)), { pollMs: 5 }));
    await sleep(10);
    gone = true;
    expect(await deleted).toEqual(["t0", "t1"]);
  });
});
