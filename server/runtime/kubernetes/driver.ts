/**
 * The Kubernetes Runtime: every app is a Deployment of the runner image with its objects
 * (docs/kubernetes.md). The cluster is the only state: any Kiln replica can answer for any app.
 * Objects are written by apply.ts, rollouts followed by rollout-watch.ts, logs read by logs.ts.
 */
import type { V1Deployment, V1Pod, V1ReplicaSet } from "@kubernetes/client-node";
import { DomainError, Unavailable } from "@/server/errors";
import type { UnavailableDetails } from "@/server/runtime";
import { applyApp } from "@/server/runtime/kubernetes/apply";
import { ClusterChanges } from "@/server/runtime/kubernetes/changes";
import { clientsFrom, type KubeClients, type KubeSettings, loadKubeConfig, settingsFromEnv } from "@/server/runtime/kubernetes/config";
import { followApp, tailApp } from "@/server/runtime/kubernetes/logs";
import { appSelector, checkAppId, names, STATE_ANNOTATION } from "@/server/runtime/kubernetes/names";
import { KubeObjects } from "@/server/runtime/kubernetes/objects";
import { reconcileCluster } from "@/server/runtime/kubernetes/reconcile";
import { readRollout } from "@/server/runtime/kubernetes/rollout-state";
import { followRollout, type RolloutContext } from "@/server/runtime/kubernetes/rollout-watch";
import { wakeApp } from "@/server/runtime/kubernetes/wake";
import { AsyncQueue } from "@/server/runtime/queue";
import type { AppSpec, AppStatus, DeployEvent, DesiredApp, LogLine, ReconcileReport, Runtime } from "@/server/runtime/types";

export class KubernetesRuntime implements Runtime {
  readonly name = "kubernetes";
  private readonly ctx: RolloutContext;
  private readonly waking = new Map<string, Promise<void>>();

  constructor(c: KubeClients = clientsFrom(loadKubeConfig()), s: KubeSettings = settingsFromEnv()) {
    this.ctx = { c, s, objects: new KubeObjects(c, s.namespace), changes: new ClusterChanges(c.kc, s.namespace) };
  }

  deploy(spec: AppSpec): AsyncIterable<DeployEvent> {
    const events = new AsyncQueue<DeployEvent>();
    void this.runDeploy(spec, events)
      .catch((err: unknown) => events.push(event("failed", describeError(err), { kind: "internal", message: describeError(err) })))
      .finally(() => events.end());
    return events;
  }

  private async runDeploy(spec: AppSpec, events: AsyncQueue<DeployEvent>): Promise<void> {
    checkAppId(spec.id);
    events.push(event("starting", `Applying version ${spec.codeHash.slice(0, 7)} to namespace ${this.ctx.s.namespace}`));
    const dep = await applyApp(this.ctx.objects, this.ctx.s, spec, { replicas: 1 });
    events.push(event("starting", `Created: ConfigMaps, Secret, Service, Ingress, NetworkPolicy, Deployment ${dep.metadata?.name}`));
    for await (const e of followRollout(this.ctx, spec.id)) events.push(e);
  }

  stop(appId: string): Promise<void> {
    return this.scaleDown(appId, "stopped");
  }

  sleep(appId: string): Promise<void> {
    return this.scaleDown(appId, "sleeping");
  }

  /** Keeps every object but the Ingress (the wildcard then sends the app's host to Kiln). */
  private async scaleDown(appId: string, state: "stopped" | "sleeping"): Promise<void> {
    const dep = await this.deployment(appId);
    if (!dep?.spec) return;
    dep.spec.replicas = 0;
    dep.metadata = { ...dep.metadata, annotations: { ...dep.metadata?.annotations, [STATE_ANNOTATION]: state } };
    await this.ctx.objects.apply("Deployment", dep);
    await this.ctx.objects.remove("Ingress", names(appId).ingress);
  }

  /** Deletes the root object (the garbage collector takes its dependents) and anything labelled. */
  async remove(appId: string): Promise<void> {
    const n = names(appId);
    await this.ctx.objects.remove("ConfigMap", n.anchor);
    for (const kind of ["Deployment", "Service", "Ingress", "NetworkPolicy", "Secret", "ConfigMap"] as const) {
      for (const o of await this.ctx.objects.list(kind, appSelector(appId))) await this.ctx.objects.remove(kind, o.metadata?.name ?? "");
    }
    const deadline = Date.now() + this.ctx.s.deployTimeoutMs;
    while ((await this.pods(appId)).length > 0 && Date.now() < deadline) await this.ctx.changes.next(appId, 1000);
  }

  async status(appId: string): Promise<AppStatus> {
    return (await this.health(appId)).status;
  }

  async statusReason(appId: string): Promise<string | undefined> {
    return (await this.health(appId)).reason;
  }

  /** A pod of the current ReplicaSet decides: ready → running, failing → error (with why). */
  private async health(appId: string): Promise<{ status: AppStatus; reason?: string }> {
    const dep = await this.deployment(appId);
    if (!dep) return { status: "stopped" };
    if ((dep.spec?.replicas ?? 1) === 0) {
      const state = dep.metadata?.annotations?.[STATE_ANNOTATION];
      if (state === "failed") return { status: "error", reason: "The first version failed to start; deploy a fixed version" };
      return { status: state === "sleeping" ? "sleeping" : "stopped" };
    }
    const [sets, pods] = await Promise.all([this.replicaSets(appId), this.pods(appId)]);
    const r = readRollout(dep, sets, pods);
    if (r.failure) return { status: "error", reason: r.failure.message };
    return { status: r.reached.ready ? "running" : "deploying" };
  }

  async endpoint(appId: string): Promise<URL> {
    const status = await this.status(appId);
    if (status === "sleeping") await this.wake(appId);
    else if (status !== "running") throw unavailable(status, (await this.deployment(appId)) !== undefined);
    return new URL(`http://${names(appId).service}.${this.ctx.s.namespace}.svc:80`);
  }

  private wake(appId: string): Promise<void> {
    let w = this.waking.get(appId);
    if (!w) {
      w = wakeApp(this.ctx, appId).finally(() => this.waking.delete(appId));
      this.waking.set(appId, w);
    }
    return w;
  }

  logs(appId: string, o: { tail?: number; since?: Date; follow?: boolean; signal?: AbortSignal }): AsyncIterable<LogLine> {
    checkAppId(appId);
    const { c, changes, s } = this.ctx;
    if (o.follow) return followApp(c, changes, s.namespace, appId, o);
    return (async function* () {
      yield* await tailApp(c, s.namespace, appId, o);
    })();
  }

  reconcile(o: { desired: DesiredApp[]; appIds: () => Promise<string[]> }): Promise<ReconcileReport> {
    return reconcileCluster(this.ctx, o, (appId) => this.remove(appId));
  }

  async shutdown(): Promise<void> {
    this.ctx.changes.close();
  }

  private async deployment(appId: string): Promise<V1Deployment | undefined> {
    return (await this.ctx.objects.get("Deployment", names(appId).deployment)) as V1Deployment | undefined;
  }

  private async pods(appId: string): Promise<V1Pod[]> {
    return (await this.ctx.c.core.listNamespacedPod({ namespace: this.ctx.s.namespace, labelSelector: appSelector(appId) })).items;
  }

  private async replicaSets(appId: string): Promise<V1ReplicaSet[]> {
    return (await this.ctx.c.apps.listNamespacedReplicaSet({ namespace: this.ctx.s.namespace, labelSelector: appSelector(appId) })).items;
  }
}

function unavailable(status: AppStatus, deployed: boolean): Error {
  const err = (message: string, details: UnavailableDetails) => Unavailable(message, details);
  if (status === "deploying") return err("The app is starting", { reason: "starting", retryAfterSeconds: 2 });
  if (status === "error") return err("The app failed to start", { reason: "error" });
  return deployed ? err("The app is stopped", { reason: "stopped" }) : err("The app is not deployed", { reason: "not_deployed" });
}

/** The API server's own words (e.g. which field is invalid), never a stack or a token. */
export function describeError(err: unknown): string {
  if (err instanceof DomainError) return err.message;
  const body = (err as { body?: unknown })?.body;
  const parsed = typeof body === "string" ? safeJson(body) : body;
  const message = (parsed as { message?: unknown } | undefined)?.message;
  if (typeof message === "string") return `Kubernetes refused the change: ${message}`;
  const code = (err as { code?: unknown })?.code;
  if (typeof code === "number") return `Kubernetes answered HTTP ${code}`;
  return err instanceof Error ? `Could not reach Kubernetes: ${err.message}` : "Could not reach Kubernetes";
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function event(phase: DeployEvent["phase"], message: string, failure?: DeployEvent["failure"]): DeployEvent {
  return { ts: new Date().toISOString(), phase, message, ...(failure && { failure }) };
}
