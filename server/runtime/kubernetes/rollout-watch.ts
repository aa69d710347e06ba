/**
 * Follows one rollout to its end and says what happens (scheduled → pulling → started → ready, or
 * failed with the reason and the pod's last log lines), then settles the Deployment: a failed
 * version is rolled back to the previous one (which kept serving: maxUnavailable is 0), and code
 * ConfigMaps no ReplicaSet uses any more are deleted.
 */
import type { V1Deployment, V1Pod, V1ReplicaSet } from "@kubernetes/client-node";
import type { ClusterChanges } from "@/server/runtime/kubernetes/changes";
import type { KubeClients, KubeSettings } from "@/server/runtime/kubernetes/config";
import { readPodLog } from "@/server/runtime/kubernetes/logs";
import { appSelector, CODE_HASH_ANNOTATION, CODE_LABEL, names, STATE_ANNOTATION } from "@/server/runtime/kubernetes/names";
import type { KubeObjects } from "@/server/runtime/kubernetes/objects";
import { type FailureReading, type Milestone, REVISION, readRollout } from "@/server/runtime/kubernetes/rollout-state";
import { ERROR_PREFIX, parseLoadError } from "@/server/runtime/runner-protocol";
import type { DeployEvent, DeployFailure } from "@/server/runtime/types";

export interface RolloutContext {
  c: KubeClients;
  s: KubeSettings;
  objects: KubeObjects;
  changes: ClusterChanges;
}

const STEPS: Milestone[] = ["scheduled", "pulling", "started"];

export async function* followRollout(ctx: RolloutContext, appId: string, signal?: AbortSignal): AsyncGenerator<DeployEvent> {
  const deadline = Date.now() + ctx.s.deployTimeoutMs;
  const reported = new Set<Milestone>();
  const ns = ctx.s.namespace;
  const selector = appSelector(appId);
  for (;;) {
    const [dep, sets, pods] = await Promise.all([
      ctx.c.apps.readNamespacedDeployment({ name: names(appId).deployment, namespace: ns }),
      ctx.c.apps.listNamespacedReplicaSet({ namespace: ns, labelSelector: selector }).then((l) => l.items),
      ctx.c.core.listNamespacedPod({ namespace: ns, labelSelector: selector }).then((l) => l.items),
    ]);
    const r = readRollout(dep, sets, pods);
    for (const step of STEPS) {
      const message = r.reached[step];
      if (message && !reported.has(step)) {
        reported.add(step);
        yield event("starting", message);
      }
    }
    if (r.reached.ready) {
      await pruneCode(ctx, appId, sets);
      yield event("ready", r.reached.ready);
      return;
    }
    const failure =
      r.failure ??
      (Date.now() > deadline ? { kind: "timeout" as const, message: `Not ready after ${ctx.s.deployTimeoutMs / 1000} s` } : undefined);
    if (failure || signal?.aborted) {
      const f = await describeFailure(ctx, failure ?? { kind: "timeout", message: "The deploy was cancelled" }, r.newPods);
      await rollBack(ctx, dep, sets);
      yield event("failed", f.message, f);
      return;
    }
    await ctx.changes.next(appId, 1000, signal);
  }
}

/** The failure as the editor shows it: the runner's own report (file, line) when the logs hold one. */
async function describeFailure(ctx: RolloutContext, f: FailureReading, pods: V1Pod[]): Promise<DeployFailure> {
  const pod = f.pod ?? pods[0]?.metadata?.name;
  const lines = pod ? await readPodLog(ctx.c, ctx.s.namespace, pod, { tail: 20, previous: f.restarted === true }) : [];
  const lastLines = lines.map((l) => l.text);
  const reported = lastLines.findLast((l) => l.startsWith(ERROR_PREFIX));
  const runner = reported ? parseLoadError(reported, "/code") : undefined;
  if (runner) return { ...runner, message: `${runner.message} (${f.message})`, lastLines };
  const warning = pod ? await lastWarning(ctx, pod) : undefined;
  const message = warning && !f.message.includes(warning) ? `${f.message} — ${warning}` : f.message;
  return { kind: f.kind, message, ...(lastLines.length > 0 && { lastLines }) };
}

/** The pod's latest Warning event (a kubelet's or the scheduler's own words), if any. */
async function lastWarning(ctx: RolloutContext, pod: string): Promise<string | undefined> {
  const list = await ctx.c.core
    .listNamespacedEvent({ namespace: ctx.s.namespace, fieldSelector: `involvedObject.kind=Pod,involvedObject.name=${pod},type=Warning` })
    .catch(() => ({ items: [] }));
  const latest = list.items
    .sort((a, b) => String(a.lastTimestamp ?? a.eventTime ?? "").localeCompare(String(b.lastTimestamp ?? b.eventTime ?? "")))
    .at(-1);
  return latest?.message ? `${latest.reason ?? "Warning"}: ${latest.message}` : undefined;
}

/**
 * The previous version keeps serving: put its pod template back. With no previous version (a first
 * deploy), scale to zero and mark the Deployment failed instead of crash-looping forever.
 */
async function rollBack(ctx: RolloutContext, dep: V1Deployment, sets: V1ReplicaSet[]): Promise<void> {
  const current = Number(dep.metadata?.annotations?.[REVISION] ?? 0);
  const previous = sets
    .filter((rs) => Number(rs.metadata?.annotations?.[REVISION] ?? 0) < current)
    .sort((a, b) => Number(b.metadata?.annotations?.[REVISION]) - Number(a.metadata?.annotations?.[REVISION]))[0];
  const next = structuredClone(dep);
  if (!next.spec) return;
  next.metadata = { ...next.metadata, annotations: { ...next.metadata?.annotations } };
  if (previous?.spec?.template) {
    const template = structuredClone(previous.spec.template);
    delete template.metadata?.labels?.["pod-template-hash"];
    next.spec.template = template;
    const hash = template.metadata?.annotations?.[CODE_HASH_ANNOTATION];
    if (hash) (next.metadata.annotations as Record<string, string>)[CODE_HASH_ANNOTATION] = hash;
  } else {
    next.spec.replicas = 0;
    (next.metadata.annotations as Record<string, string>)[STATE_ANNOTATION] = "failed";
  }
  await ctx.objects.apply("Deployment", next).catch(() => undefined);
}

/** Code ConfigMaps are kept while a ReplicaSet (the rollout history) still mounts them. */
async function pruneCode(ctx: RolloutContext, appId: string, sets: V1ReplicaSet[]): Promise<void> {
  const used = new Set(sets.flatMap((rs) => (rs.spec?.template?.spec?.volumes ?? []).map((v) => v.configMap?.name).filter(Boolean)));
  const code = await ctx.objects.list("ConfigMap", `${appSelector(appId)},${CODE_LABEL}`);
  for (const cm of code) {
    const name = cm.metadata?.name;
    if (name && !used.has(name)) await ctx.objects.remove("ConfigMap", name);
  }
}

function event(phase: DeployEvent["phase"], message: string, failure?: DeployFailure): DeployEvent {
  return { ts: new Date().toISOString(), phase, message, ...(failure && { failure }) };
}
