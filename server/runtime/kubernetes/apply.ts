/**
 * Writes an app's objects to the cluster, root first (the others carry its ownerReference).
 * Used by deploy (then waits for the rollout) and by reconcile (recreates what is missing).
 */
import { lookup, resolveSrv } from "node:dns/promises";
import { isIP } from "node:net";
import type { V1ConfigMap, V1Deployment } from "@kubernetes/client-node";
import { ConnectionString } from "mongodb-connection-string-url";
import type { KubeSettings } from "@/server/runtime/kubernetes/config";
import { anchorConfigMap, codeConfigMap, deployment, envSecret, ownerReference } from "@/server/runtime/kubernetes/manifests";
import { names } from "@/server/runtime/kubernetes/names";
import { ingress, type MongoPeers, networkPolicy, service } from "@/server/runtime/kubernetes/network-manifests";
import type { KubeObjects } from "@/server/runtime/kubernetes/objects";
import type { AppSpec } from "@/server/runtime/types";

export interface ApplyOptions {
  /** 1 serving; 0 stopped or sleeping (then `state` says which, and the Ingress is removed). */
  replicas: number;
  state?: "stopped" | "sleeping";
}

export async function applyApp(o: KubeObjects, s: KubeSettings, spec: AppSpec, opts: ApplyOptions): Promise<V1Deployment> {
  const anchor = await o.apply<V1ConfigMap>("ConfigMap", anchorConfigMap(spec, s));
  const owner = ownerReference(anchor);
  await o.ensure("ConfigMap", codeConfigMap(spec, s, owner));
  await o.apply("Secret", envSecret(spec, s, owner));
  await o.apply("Service", service(spec, s, owner));
  await o.apply("NetworkPolicy", networkPolicy(spec, s, owner, await mongoPeers(spec.mongoUri)));
  if (opts.replicas > 0) await o.apply("Ingress", ingress(spec, s, owner));
  else await o.remove("Ingress", names(spec.id).ingress);
  return o.apply<V1Deployment>("Deployment", deployment(spec, s, owner, opts.replicas, opts.state));
}

/**
 * NetworkPolicies speak IPs and ports, not host names: resolve the MongoDB hosts now. (An
 * in-cluster MongoDB is better named by KILN_MONGO_NAMESPACE; its pod IPs change.)
 */
export async function mongoPeers(uri: string | undefined): Promise<MongoPeers> {
  if (!uri) return { ips: [], ports: [] };
  const cs = new ConnectionString(uri);
  const ips = new Set<string>();
  const ports = new Set<number>();
  let hosts = cs.hosts.map(splitHost);
  if (cs.protocol === "mongodb+srv:") {
    // An SRV address (Atlas style) names the real hosts and ports in DNS.
    const records = await resolveSrv(`_mongodb._tcp.${hosts[0]?.name ?? ""}`).catch(() => []);
    hosts = records.map((r) => ({ name: r.name, port: r.port }));
  }
  for (const { name, port } of hosts) {
    ports.add(port ?? 27017);
    if (isIP(name)) ips.add(name);
    else for (const a of await lookup(name, { all: true }).catch(() => [])) ips.add(a.address);
  }
  return { ips: [...ips].sort(), ports: [...ports].sort((a, b) => a - b) };
}

function splitHost(host: string): { name: string; port?: number } {
  const m = /^\[?([^\]]+?)\]?(?::(\d+))?$/.exec(host);
  if (!m?.[1]) return { name: host };
  return { name: m[1], ...(m[2] && { port: Number(m[2]) }) };
}
