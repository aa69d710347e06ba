import { EventEmitter } from "node:events";
import type { DeployEvent } from "@/server/runtime/types";

/**
 * Live deploy events, in process. Kept on globalThis: Next's bundle and the custom server share it.
 * With several Kiln replicas a rollout publishes only in its own process; followDeployment makes
 * up for that by reading the database, where every event is stored before it is published.
 */
export interface BusEvent {
  /** The event's index in the Deployment row's `events`. */
  seq: number;
  event: DeployEvent;
  terminal: boolean;
}

const g = globalThis as typeof globalThis & { __kilnDeployBus?: EventEmitter };

function bus(): EventEmitter {
  if (!g.__kilnDeployBus) {
    g.__kilnDeployBus = new EventEmitter();
    g.__kilnDeployBus.setMaxListeners(0);
  }
  return g.__kilnDeployBus;
}

export function publish(deploymentId: string, e: BusEvent): void {
  bus().emit(deploymentId, e);
}

export function subscribe(deploymentId: string, fn: (e: BusEvent) => void): () => void {
  bus().on(deploymentId, fn);
  return () => bus().off(deploymentId, fn);
}

/** What the database holds about a deployment: its events so far, and whether the last one ends it. */
export interface StoredEvents {
  events: DeployEvent[];
  finished: boolean;
}

/** How long the stream waits for a local event before it reads the database. */
export const POLL_MS = 500;

/**
 * Waits for `wake` (a local event), `ms` or the abort, whichever comes first, and cleans up
 * after itself (a long stream must not pile listeners on the signal). True when woken.
 */
function waitForWake(setWake: (fn: (() => void) | undefined) => void, ms: number, signal?: AbortSignal): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const done = (woken: boolean) => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      setWake(undefined);
      resolve(woken);
    };
    const onAbort = () => done(false);
    const timer = setTimeout(() => done(false), ms);
    signal?.addEventListener("abort", onAbort, { once: true });
    setWake(() => done(true));
  });
}

/**
 * A deployment's events from the first, then as they happen, until the terminal one — from any
 * replica. A rollout in this process delivers through the bus at once; while nothing arrives
 * here for `pollMs` (or an event shows that some were missed), `read` fetches the stored ones.
 * Events are numbered by their index, so each is yielded exactly once and in order, whichever
 * way it came. Ends at the terminal event, when `read` finds no deployment (its app was deleted),
 * or on abort.
 */
export async function* followDeployment(
  deploymentId: string,
  read: () => Promise<StoredEvents | null>,
  o: { signal?: AbortSignal; pollMs?: number } = {},
): AsyncGenerator<DeployEvent> {
  const pollMs = o.pollMs ?? POLL_MS;
  const queue: BusEvent[] = [];
  let wake: (() => void) | undefined;
  const setWake = (fn: (() => void) | undefined) => {
    wake = fn;
  };
  // Subscribed before the first read: whatever is published after it is queued, not lost.
  const unsubscribe = subscribe(deploymentId, (e) => {
    queue.push(e);
    wake?.();
  });
  try {
    let next = 0;
    for (;;) {
      const stored = await read();
      if (!stored) return;
      for (const event of stored.events.slice(next)) {
        next++;
        yield event;
      }
      if (stored.finished) return;
      // Local events until none comes for pollMs, or one shows a gap (some came before the subscription).
      for (;;) {
        if (o.signal?.aborted) return;
        const e = queue.shift();
        if (!e) {
          if (await waitForWake(setWake, pollMs, o.signal)) continue;
          break;
        }
        if (e.seq < next) continue;
        if (e.seq > next) break; // stored before it was published: the read below has it and those before it
        next++;
        yield e.event;
        if (e.terminal) return;
      }
      if (o.signal?.aborted) return;
    }
  } finally {
    unsubscribe();
  }
}
