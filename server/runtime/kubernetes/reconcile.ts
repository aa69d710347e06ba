/**
 * The cluster against the database: for each desired app, recreate any object that is missing
 * (without rolling what exists); remove every object labelled with an app id the database does
 * not know. Objects without Kiln's managed-by label are never listed, so never touched.
 */
import type { KubernetesObject } from "@kubernetes/client-node";
import { applyApp } from "@/server/runtime/kubernetes/apply";
import { appIdOf } from "@/server/runtime/kubernetes/manifests";
import { managedSelector, names, STATE_ANNOTATION } from "@/server/runtime/kubernetes/names";
import type { Kind } from "@/server/runtime/kubernetes/objects";
import type { RolloutContext } from "@/server/runtime/kubernetes/rollout-watch";
import type { DesiredApp, ReconcileReport } from "@/server/runtime/types";

const KINDS: Kind[] = ["ConfigMap", "Secret", "Service", "Ingress", "NetworkPolicy", "Deployment"];

export async function reconcileCluster(
  ctx: RolloutContext,
  o: { desired: DesiredApp[]; appIds: () => Promise<string[]> },
  remove: (appId: string) => Promise<void>,
): Promise<ReconcileReport> {
  const present = new Map<string, Set<string>>(); // app id → "Kind/name"
  for (const kind of KINDS) {
    for (const obj of await ctx.objects.list(kind, managedSelector)) {
      const appId = appIdOf(obj);
      if (!appId) continue;
      if (!present.has(appId)) present.set(appId, new Set());
      present.get(appId)?.add(`${kind}/${obj.metadata?.name}`);
    }
  }
  const known = new Set(await o.appIds());
  const removedOrphans = [...present.keys()].filter((id) => !known.has(id));
  for (const appId of removedOrphans) await remove(appId);

  const recreated: string[] = [];
  // An app deleted since `desired` was read is not recreated (it is in `known` no more).
  for (const { spec, state } of o.desired.filter((d) => known.has(d.spec.id))) {
    const have = present.get(spec.id) ?? new Set<string>();
    const n = names(spec.id);
    const wanted = [
      `ConfigMap/${n.anchor}`,
      `ConfigMap/${n.code(spec.codeHash)}`,
      `Secret/${n.env}`,
      `Service/${n.service}`,
      `NetworkPolicy/${n.networkPolicy}`,
      `Deployment/${n.deployment}`,
      ...(state === "serving" ? [`Ingress/${n.ingress}`] : []),
    ];
    if (wanted.every((w) => have.has(w))) continue;
    const current = have.has(`Deployment/${n.deployment}`) ? await ctx.objects.get("Deployment", n.deployment) : undefined;
    await applyApp(ctx.objects, ctx.s, spec, replicasFor(state, current));
    recreated.push(spec.id);
  }
  return { recreated, removedOrphans };
}

/** Serving apps keep their replica count (a failed first deploy stays scaled down). */
function replicasFor(state: DesiredApp["state"], current: KubernetesObject | undefined) {
  if (state !== "serving") return { replicas: 0, state };
  const dep = current as { spec?: { replicas?: number }; metadata?: { annotations?: Record<string, string> } } | undefined;
  const failed = dep?.metadata?.annotations?.[STATE_ANNOTATION] === "failed";
  return failed ? { replicas: 0, state: undefined } : { replicas: 1 };
}
