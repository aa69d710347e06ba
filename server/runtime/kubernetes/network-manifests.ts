/**
 * How an app is reached and what it may reach: Service, Ingress ({slug}.{apps domain}) and a
 * NetworkPolicy (in: Kiln and the ingress controller only; out: DNS, MongoDB, the admin allow-list).
 */
import type {
  V1Ingress,
  V1NetworkPolicy,
  V1NetworkPolicyEgressRule,
  V1NetworkPolicyPeer,
  V1OwnerReference,
  V1Service,
} from "@kubernetes/client-node";
import { parseEgressEntry } from "@/lib/network/egress";
import type { KubeSettings } from "@/server/runtime/kubernetes/config";
import { appLabels, KILN_POD_LABELS, names, podSelector, RUNNER_PORT } from "@/server/runtime/kubernetes/names";
import type { AppSpec } from "@/server/runtime/types";

export function service(spec: AppSpec, s: KubeSettings, owner: V1OwnerReference): V1Service {
  return {
    apiVersion: "v1",
    kind: "Service",
    metadata: { name: names(spec.id).service, namespace: s.namespace, labels: appLabels(spec), ownerReferences: [owner] },
    spec: {
      type: "ClusterIP",
      selector: podSelector(spec.id),
      ports: [{ name: "http", port: 80, targetPort: "http", protocol: "TCP" }],
    },
  };
}

export function appHost(spec: AppSpec, s: KubeSettings): string {
  return `${spec.slug}.${s.appsDomain}`;
}

export function ingress(spec: AppSpec, s: KubeSettings, owner: V1OwnerReference): V1Ingress {
  const n = names(spec.id);
  return {
    apiVersion: "networking.k8s.io/v1",
    kind: "Ingress",
    metadata: { name: n.ingress, namespace: s.namespace, labels: appLabels(spec), ownerReferences: [owner] },
    spec: {
      ...(s.ingressClass && { ingressClassName: s.ingressClass }),
      rules: [
        {
          host: appHost(spec, s),
          http: { paths: [{ path: "/", pathType: "Prefix", backend: { service: { name: n.service, port: { number: 80 } } } }] },
        },
      ],
    },
  };
}

/** MongoDB as seen from the pod: hosts (IPs when Kiln resolved them) and ports of the app's URI. */
export interface MongoPeers {
  ips: string[];
  ports: number[];
}

export function networkPolicy(spec: AppSpec, s: KubeSettings, owner: V1OwnerReference, mongo: MongoPeers): V1NetworkPolicy {
  const from: V1NetworkPolicyPeer[] = [{ podSelector: { matchLabels: { ...KILN_POD_LABELS } } }];
  if (s.ingressNamespace) from.push({ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": s.ingressNamespace } } });
  return {
    apiVersion: "networking.k8s.io/v1",
    kind: "NetworkPolicy",
    metadata: { name: names(spec.id).networkPolicy, namespace: s.namespace, labels: appLabels(spec), ownerReferences: [owner] },
    spec: {
      podSelector: { matchLabels: podSelector(spec.id) },
      policyTypes: ["Ingress", "Egress"],
      ingress: [{ _from: from, ports: [{ port: RUNNER_PORT, protocol: "TCP" }] }],
      egress: [dnsRule(), ...mongoRules(s, mongo), ...allowListRules(spec.egressAllowList ?? [])],
    },
  };
}

function dnsRule(): V1NetworkPolicyEgressRule {
  return {
    to: [
      {
        namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "kube-system" } },
        podSelector: { matchLabels: { "k8s-app": "kube-dns" } },
      },
    ],
    ports: [
      { port: 53, protocol: "UDP" },
      { port: 53, protocol: "TCP" },
    ],
  };
}

function mongoRules(s: KubeSettings, mongo: MongoPeers): V1NetworkPolicyEgressRule[] {
  if (mongo.ports.length === 0) return [];
  const ports = mongo.ports.map((port) => ({ port, protocol: "TCP" }));
  const to: V1NetworkPolicyPeer[] = s.mongoNamespace
    ? [{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": s.mongoNamespace } } }]
    : mongo.ips.map((ip) => ({ ipBlock: { cidr: ip.includes(":") ? `${ip}/128` : `${ip}/32` } }));
  return to.length > 0 ? [{ to, ports }] : [];
}

function allowListRules(entries: string[]): V1NetworkPolicyEgressRule[] {
  return entries.map((entry) => {
    const { cidr, port } = parseEgressEntry(entry);
    return { to: [{ ipBlock: { cidr } }], ...(port !== undefined && { ports: [{ port, protocol: "TCP" }] }) };
  });
}
