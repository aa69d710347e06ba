/**
 * Wakes a sleeping app: one replica again, its Ingress back (rebuilt from the root ConfigMap, which
 * keeps the slug and owner), then waits until a pod of it is ready.
 */
import type { V1ConfigMap, V1Deployment } from "@kubernetes/client-node";
import { Unavailable } from "@/server/errors";
import { ownerReference } from "@/server/runtime/kubernetes/manifests";
import { names, STATE_ANNOTATION } from "@/server/runtime/kubernetes/names";
import { ingress } from "@/server/runtime/kubernetes/network-manifests";
import { readRollout } from "@/server/runtime/kubernetes/rollout-state";
import type { RolloutContext } from "@/server/runtime/kubernetes/rollout-watch";
import type { AppSpec } from "@/server/runtime/types";

export async function wakeApp(ctx: RolloutContext, appId: string): Promise<void> {
  const n = names(appId);
  const dep = (await ctx.objects.get("Deployment", n.deployment)) as V1Deployment | undefined;
  const anchor = (await ctx.objects.get("ConfigMap", n.anchor)) as V1ConfigMap | undefined;
  if (!dep?.spec || !anchor?.data) throw Unavailable("The app is not deployed", { reason: "not_deployed" });
  dep.spec.replicas = 1;
  const annotations = { ...dep.metadata?.annotations };
  delete annotations[STATE_ANNOTATION];
  dep.metadata = { ...dep.metadata, annotations };
  await ctx.objects.apply("Deployment", dep);
  const identity = { id: appId, ownerId: anchor.data.ownerId ?? "", slug: anchor.data.slug ?? "" } as AppSpec;
  await ctx.objects.apply("Ingress", ingress(identity, ctx.s, ownerReference(anchor)));
  const deadline = Date.now() + ctx.s.deployTimeoutMs;
  while (Date.now() < deadline) {
    const ns = ctx.s.namespace;
    const selector = `kiln.dev/app-id=${appId}`;
    const [d, sets, pods] = await Promise.all([
      ctx.c.apps.readNamespacedDeployment({ name: n.deployment, namespace: ns }),
      ctx.c.apps.listNamespacedReplicaSet({ namespace: ns, labelSelector: selector }).then((l) => l.items),
      ctx.c.core.listNamespacedPod({ namespace: ns, labelSelector: selector }).then((l) => l.items),
    ]);
    const r = readRollout(d, sets, pods);
    if (r.reached.ready) return;
    if (r.failure) throw Unavailable(`The app failed to wake: ${r.failure.message}`, { reason: "error" });
    await ctx.changes.next(appId, 1000);
  }
  throw Unavailable("The app is still waking up", { reason: "starting", retryAfterSeconds: 2 });
}
