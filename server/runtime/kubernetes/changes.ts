/**
 * One watch per kind (pods, ReplicaSets, Deployments) over everything Kiln manages in the
 * namespace, fanned out by app id: a rollout or a log follower waits for "something of this app
 * changed" instead of polling. Watches reconnect after the server closes them; waiters also wake
 * on a slow timer, so a lost watch only slows things down, never stalls them.
 */
import { EventEmitter } from "node:events";
import { type KubeConfig, Watch } from "@kubernetes/client-node";
import { APP_ID_LABEL, managedSelector } from "@/server/runtime/kubernetes/names";

const PATHS = {
  pods: (ns: string) => `/api/v1/namespaces/${ns}/pods`,
  replicasets: (ns: string) => `/apis/apps/v1/namespaces/${ns}/replicasets`,
  deployments: (ns: string) => `/apis/apps/v1/namespaces/${ns}/deployments`,
};

export interface Change {
  kind: keyof typeof PATHS;
  type: string;
  object: { metadata?: { name?: string; labels?: Record<string, string> } };
}

export class ClusterChanges {
  private readonly events = new EventEmitter().setMaxListeners(0);
  private readonly aborts = new Set<AbortController>();
  private started = false;
  private closed = false;

  constructor(
    private readonly kc: KubeConfig,
    private readonly namespace: string,
  ) {}

  /** Calls `fn` for every change to an object of `appId`; returns the unsubscribe. */
  subscribe(appId: string, fn: (c: Change) => void): () => void {
    this.start();
    this.events.on(appId, fn);
    return () => this.events.off(appId, fn);
  }

  /** Resolves on the next change of the app, after `fallbackMs`, or on abort. */
  next(appId: string, fallbackMs: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        off();
        signal?.removeEventListener("abort", done);
        resolve();
      };
      const timer = setTimeout(done, fallbackMs);
      const off = this.subscribe(appId, done);
      signal?.addEventListener("abort", done, { once: true });
    });
  }

  close(): void {
    this.closed = true;
    for (const a of this.aborts) a.abort();
    this.aborts.clear();
  }

  private start(): void {
    if (this.started) return;
    this.started = true;
    for (const kind of Object.keys(PATHS) as Array<keyof typeof PATHS>) void this.watch(kind);
  }

  private async watch(kind: keyof typeof PATHS): Promise<void> {
    if (this.closed) return;
    const restart = () => {
      this.aborts.delete(abort);
      if (!this.closed) setTimeout(() => void this.watch(kind), 1000).unref();
    };
    let abort: AbortController = new AbortController();
    try {
      abort = await new Watch(this.kc).watch(
        PATHS[kind](this.namespace),
        { labelSelector: managedSelector, allowWatchBookmarks: false },
        (type, object: Change["object"]) => {
          const appId = object?.metadata?.labels?.[APP_ID_LABEL];
          if (appId) this.events.emit(appId, { kind, type, object });
        },
        restart,
      );
      this.aborts.add(abort);
    } catch {
      restart();
    }
  }
}
