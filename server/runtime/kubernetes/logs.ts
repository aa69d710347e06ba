/**
 * App logs through the pod log API. A tail merges the app's pods by time; a follow keeps one
 * stream per running container and starts new ones as pods restart or a rollout replaces them.
 */
import http from "node:http";
import https from "node:https";
import { Writable } from "node:stream";
import type { KubeConfig, V1Pod } from "@kubernetes/client-node";
import type { ClusterChanges } from "@/server/runtime/kubernetes/changes";
import type { KubeClients } from "@/server/runtime/kubernetes/config";
import { appSelector, CONTAINER } from "@/server/runtime/kubernetes/names";
import { AsyncQueue } from "@/server/runtime/queue";
import type { LogLine } from "@/server/runtime/types";

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

/** "2026-11-23T18:00:00.123456789Z hello" → a LogLine (the API's timestamps=true format). */
export function parseLogLine(raw: string): LogLine {
  const space = raw.indexOf(" ");
  const head = space > 0 ? raw.slice(0, space) : "";
  const stamp = RFC3339.test(head) ? Date.parse(head) : Number.NaN;
  if (Number.isNaN(stamp)) return { ts: new Date().toISOString(), stream: "stdout", text: raw };
  return { ts: new Date(stamp).toISOString(), stream: "stdout", text: raw.slice(space + 1) };
}

/** One pod's recent lines; [] when the node cannot serve logs (the reason is not the user's). */
export async function readPodLog(
  c: KubeClients,
  namespace: string,
  pod: string,
  o: { tail?: number; since?: Date; previous?: boolean },
): Promise<LogLine[]> {
  try {
    const text = await c.core.readNamespacedPodLog({
      name: pod,
      namespace,
      container: CONTAINER,
      timestamps: true,
      ...(o.tail !== undefined && { tailLines: o.tail }),
      ...(o.since && { sinceTime: o.since.toISOString() as unknown as Date }),
      ...(o.previous && { previous: true }),
    });
    return text.split("\n").filter(Boolean).map(parseLogLine);
  } catch {
    return [];
  }
}

function byCreation(a: V1Pod, b: V1Pod): number {
  return String(a.metadata?.creationTimestamp ?? "").localeCompare(String(b.metadata?.creationTimestamp ?? ""));
}

export async function tailApp(c: KubeClients, namespace: string, appId: string, o: { tail?: number; since?: Date }): Promise<LogLine[]> {
  const pods = (await c.core.listNamespacedPod({ namespace, labelSelector: appSelector(appId) })).items.sort(byCreation);
  const lines = (await Promise.all(pods.map((p) => readPodLog(c, namespace, p.metadata?.name ?? "", o)))).flat();
  lines.sort((a, b) => a.ts.localeCompare(b.ts));
  return o.tail !== undefined ? lines.slice(-o.tail) : lines;
}

/** Tail, then every new line of every running container of the app until `signal` aborts. */
export function followApp(
  c: KubeClients,
  changes: ClusterChanges,
  namespace: string,
  appId: string,
  o: { tail?: number; since?: Date; signal?: AbortSignal },
): AsyncIterable<LogLine> {
  const queue = new AsyncQueue<LogLine>();
  const streams = new Map<string, AbortController>(); // "pod/restartCount" → stream
  const lastSeen = new Map<string, string>(); // pod → ts of its last line
  const atLast = new Map<string, Set<string>>(); // pod → texts already shown at that ts
  let stopped = false;

  const follow = async (pod: V1Pod) => {
    const name = pod.metadata?.name ?? "";
    const key = `${name}/${pod.status?.containerStatuses?.[0]?.restartCount ?? 0}`;
    if (streams.has(key) || !pod.status?.containerStatuses?.[0]?.state?.running) return;
    const since = lastSeen.get(name);
    const sink = lineSink((line) => {
      // A restarted stream repeats the second it starts in (sinceTime has whole seconds).
      if (since && line.ts < since) return;
      const seen = lastSeen.get(name) === line.ts ? (atLast.get(name) ?? new Set<string>()) : new Set<string>();
      if (seen.has(line.text)) return;
      seen.add(line.text);
      lastSeen.set(name, line.ts);
      atLast.set(name, seen);
      queue.push(line);
    });
    const abort = new AbortController();
    streams.set(key, abort);
    // A pod seen before continues where it was; a new one (a rollout, a restart) from its start.
    const query: Record<string, string> = since ? { sinceTime: new Date(since).toISOString().replace(/\.\d+Z$/, "Z") } : {};
    // Ended (container stopped, connection cut) or refused: the next change of the app follows again.
    const forget = () => {
      if (streams.get(key) === abort) streams.delete(key);
    };
    streamPodLog(c.kc, `/api/v1/namespaces/${namespace}/pods/${name}/log`, query, sink, abort.signal).then(forget, forget);
  };
  const sync = async () => {
    const pods = (await c.core.listNamespacedPod({ namespace, labelSelector: appSelector(appId) }).catch(() => ({ items: [] }))).items;
    await Promise.all(pods.sort(byCreation).map(follow));
  };
  const stop = () => {
    stopped = true;
    unsubscribe();
    for (const a of streams.values()) a.abort();
    queue.end();
  };

  const unsubscribe = changes.subscribe(appId, () => void sync());
  o.signal?.addEventListener("abort", stop, { once: true });
  void tailApp(c, namespace, appId, o).then(async (lines) => {
    for (const line of lines) queue.push(line);
    const pods = (await c.core.listNamespacedPod({ namespace, labelSelector: appSelector(appId) }).catch(() => ({ items: [] }))).items;
    // Follow from here on: what the tail showed is not repeated (timestamps are compared).
    const from = [lines.at(-1)?.ts, new Date().toISOString()].filter(Boolean).sort().at(-1) as string;
    for (const p of pods) lastSeen.set(p.metadata?.name ?? "", from);
    if (!stopped) await sync();
  });
  return queue;
}

/**
 * GET a following pod log into `sink` until the server ends it or `signal` aborts. (The client
 * library's Log helper pipes a stream that errors, unhandled, when aborted: it would crash Kiln.)
 */
async function streamPodLog(
  kc: KubeConfig,
  path: string,
  query: Record<string, string>,
  sink: Writable,
  signal: AbortSignal,
): Promise<void> {
  const server = kc.getCurrentCluster()?.server;
  if (!server) throw new Error("No current cluster");
  const url = new URL(server + path);
  for (const [k, v] of Object.entries({ container: CONTAINER, follow: "true", timestamps: "true", ...query })) url.searchParams.set(k, v);
  const opts: https.RequestOptions = { method: "GET", signal };
  await kc.applyToHTTPSOptions(opts);
  await new Promise<void>((resolve, reject) => {
    const req = (url.protocol === "https:" ? https : http).request(url, opts, (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        reject(new Error(`pod log answered ${res.statusCode}`));
        return;
      }
      res.on("error", () => resolve()); // aborted or cut: the follower starts again on the next change
      res.on("end", () => resolve());
      res.pipe(sink);
    });
    req.on("error", (err) => (signal.aborted ? resolve() : reject(err)));
    req.end();
  });
}

/** A Writable that calls `onLine` per complete line (chunks may split lines). */
function lineSink(onLine: (line: LogLine) => void): Writable {
  let rest = "";
  return new Writable({
    write(chunk: Buffer, _enc, done) {
      const parts = (rest + chunk.toString("utf8")).split("\n");
      rest = parts.pop() ?? "";
      for (const p of parts) if (p) onLine(parseLogLine(p));
      done();
    },
    final(done) {
      if (rest) onLine(parseLogLine(rest));
      done();
    },
  });
}
