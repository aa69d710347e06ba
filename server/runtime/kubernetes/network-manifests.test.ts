// The serializer the generated API clients pass every request body through (not re-exported by the package index).
import { ObjectSerializer } from "@kubernetes/client-node/dist/gen/models/ObjectSerializer.js";
import { describe, expect, it } from "vitest";
import type { KubeSettings } from "@/server/runtime/kubernetes/config";
import { appHost, ingress, type MongoPeers, networkPolicy, service } from "@/server/runtime/kubernetes/network-manifests";
import type { AppSpec } from "@/server/runtime/types";

const ID = "cm3x0k2ab0001qz8h4v7w9e5r";
const owner = { apiVersion: "v1", kind: "ConfigMap", name: `kiln-app-${ID}`, uid: "uid-1", blockOwnerDeletion: true };
const NO_MONGO: MongoPeers = { ips: [], ports: [] };
const MONGO: MongoPeers = { ips: ["10.1.2.3", "fd00::17"], ports: [27017, 27018] };

const base: KubeSettings = {
  namespace: "kiln-apps",
  runnerImage: "kiln-runner:0.1.0",
  appsDomain: "apps.example.com",
  deployTimeoutMs: 60_000,
};
const full: KubeSettings = { ...base, ingressClass: "nginx", ingressNamespace: "ingress-nginx" };

function makeSpec(over: Partial<AppSpec> = {}): AppSpec {
  return {
    id: ID,
    ownerId: "cmowner00000000000000000a",
    slug: "my-app",
    files: { "app.py": "" },
    entrypoint: "app.py",
    env: {},
    codeHash: "a1b2c3d4e5f60718293a4b5c6d7e8f90",
    ...over,
  };
}

const KILN_LABELS = {
  "app.kubernetes.io/managed-by": "kiln",
  "kiln.dev/app-id": ID,
  "kiln.dev/owner-id": "cmowner00000000000000000a",
  "kiln.dev/app-slug": "my-app",
};

/** Every key path of a JSON value, undefined values dropped. */
function keyPaths(value: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown, at: string) => {
    if (v === null || typeof v !== "object") return;
    for (const [k, child] of Object.entries(v)) {
      const p = at ? `${at}.${k}` : k;
      out.push(p);
      walk(child, p);
    }
  };
  walk(JSON.parse(JSON.stringify(value)), "");
  return out.sort();
}

describe("service", () => {
  it("exposes the runner's http port on port 80 to the app's pods", () => {
    const svc = service(makeSpec(), base, owner);
    expect(svc.metadata).toMatchObject({ name: `kiln-app-${ID}`, namespace: "kiln-apps", labels: KILN_LABELS, ownerReferences: [owner] });
    expect(svc.spec).toEqual({
      type: "ClusterIP",
      selector: { "kiln.dev/app-id": ID },
      ports: [{ name: "http", port: 80, targetPort: "http", protocol: "TCP" }],
    });
  });
});

describe("ingress", () => {
  it("routes <slug>.<appsDomain> to the app's Service", () => {
    const ing = ingress(makeSpec(), base, owner);
    expect(appHost(makeSpec(), base)).toBe("my-app.apps.example.com");
    expect(ing.metadata).toMatchObject({ name: `kiln-app-${ID}`, namespace: "kiln-apps", labels: KILN_LABELS, ownerReferences: [owner] });
    expect(ing.spec?.rules).toEqual([
      {
        host: "my-app.apps.example.com",
        http: { paths: [{ path: "/", pathType: "Prefix", backend: { service: { name: `kiln-app-${ID}`, port: { number: 80 } } } }] },
      },
    ]);
  });

  it("names the ingress class only when one is set", () => {
    expect(ingress(makeSpec(), base, owner).spec).not.toHaveProperty("ingressClassName");
    expect(ingress(makeSpec(), full, owner).spec?.ingressClassName).toBe("nginx");
  });
});

describe("networkPolicy", () => {
  it("applies both directions to the app's pods", () => {
    const np = networkPolicy(makeSpec(), base, owner, NO_MONGO);
    expect(np.metadata).toMatchObject({ name: `kiln-app-${ID}`, namespace: "kiln-apps", labels: KILN_LABELS, ownerReferences: [owner] });
    expect(np.spec?.podSelector).toEqual({ matchLabels: { "kiln.dev/app-id": ID } });
    expect(np.spec?.policyTypes).toEqual(["Ingress", "Egress"]);
  });

  it("lets in only Kiln's pods, on the runner port", () => {
    const rules = networkPolicy(makeSpec(), base, owner, NO_MONGO).spec?.ingress;
    expect(rules).toEqual([
      { _from: [{ podSelector: { matchLabels: { "app.kubernetes.io/name": "kiln" } } }], ports: [{ port: 8000, protocol: "TCP" }] },
    ]);
  });

  it("also lets in the ingress controller's namespace when it is set", () => {
    const rules = networkPolicy(makeSpec(), full, owner, NO_MONGO).spec?.ingress;
    expect(rules?.[0]?._from).toEqual([
      { podSelector: { matchLabels: { "app.kubernetes.io/name": "kiln" } } },
      { namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "ingress-nginx" } } },
    ]);
    expect(rules).toHaveLength(1);
  });

  it("lets out DNS to kube-dns on 53 UDP and TCP", () => {
    const egress = networkPolicy(makeSpec(), base, owner, NO_MONGO).spec?.egress;
    expect(egress).toEqual([
      {
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
      },
    ]);
  });

  it("lets out MongoDB's addresses (/32, /128 for IPv6) on its ports", () => {
    const egress = networkPolicy(makeSpec(), base, owner, MONGO).spec?.egress;
    expect(egress).toHaveLength(2);
    expect(egress?.[1]).toEqual({
      to: [{ ipBlock: { cidr: "10.1.2.3/32" } }, { ipBlock: { cidr: "fd00::17/128" } }],
      ports: [
        { port: 27017, protocol: "TCP" },
        { port: 27018, protocol: "TCP" },
      ],
    });
  });

  it("lets out MongoDB's namespace instead when KILN_MONGO_NAMESPACE is set", () => {
    const egress = networkPolicy(makeSpec(), { ...base, mongoNamespace: "mongo" }, owner, MONGO).spec?.egress;
    expect(egress?.[1]).toEqual({
      to: [{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "mongo" } } }],
      ports: [
        { port: 27017, protocol: "TCP" },
        { port: 27018, protocol: "TCP" },
      ],
    });
    expect(JSON.stringify(egress)).not.toContain("ipBlock");
  });

  it("has no MongoDB rule without a database, nor one open to everywhere without addresses", () => {
    expect(networkPolicy(makeSpec(), base, owner, NO_MONGO).spec?.egress).toHaveLength(1);
    const noIps = networkPolicy(makeSpec(), base, owner, { ips: [], ports: [27017] }).spec?.egress ?? [];
    // A rule with ports but no `to` would allow those ports to every destination.
    expect(noIps.every((rule) => (rule.to ?? []).length > 0)).toBe(true);
  });

  it("lets out the admin's allow-list as ipBlocks, with the port when given", () => {
    const spec = makeSpec({ egressAllowList: ["10.0.0.0/8", "203.0.113.7/32:443"] });
    const egress = networkPolicy(spec, base, owner, MONGO).spec?.egress;
    expect(egress).toHaveLength(4);
    expect(egress?.[2]).toEqual({ to: [{ ipBlock: { cidr: "10.0.0.0/8" } }] });
    expect(egress?.[3]).toEqual({ to: [{ ipBlock: { cidr: "203.0.113.7/32" } }], ports: [{ port: 443, protocol: "TCP" }] });
  });

  it("refuses an allow-list entry that is not a network", () => {
    expect(() => networkPolicy(makeSpec({ egressAllowList: ["example.com"] }), base, owner, NO_MONGO)).toThrow(/example\.com/);
  });

  it("never lets out everything", () => {
    const egress = networkPolicy(makeSpec({ egressAllowList: ["203.0.113.7/32:443"] }), full, owner, MONGO).spec?.egress ?? [];
    for (const rule of egress) expect(rule.to?.length).toBeGreaterThan(0);
  });
});

describe("serialization through the client's ObjectSerializer", () => {
  // Request bodies go through ObjectSerializer.serialize, which keeps only properties its model knows.
  it("sends the ingress peers as `from`", () => {
    const np = networkPolicy(makeSpec(), full, owner, MONGO);
    const wire = ObjectSerializer.serialize(np, "V1NetworkPolicy", "");
    expect(wire.spec.ingress[0].from).toEqual([
      { podSelector: { matchLabels: { "app.kubernetes.io/name": "kiln" } } },
      { namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "ingress-nginx" } } },
    ]);
    expect(wire.spec.ingress[0]).not.toHaveProperty("_from");
  });

  it.each([
    ["V1Service", () => service(makeSpec(), full, owner)],
    ["V1Ingress", () => ingress(makeSpec(), full, owner)],
    ["V1NetworkPolicy", () => networkPolicy(makeSpec({ egressAllowList: ["10.0.0.0/8", "203.0.113.7/32:443"] }), full, owner, MONGO)],
    ["V1NetworkPolicy", () => networkPolicy(makeSpec(), { ...full, mongoNamespace: "mongo" }, owner, MONGO)],
  ])("keeps every field of a %s", (type, build) => {
    const object = build();
    const wire = ObjectSerializer.serialize(object, type, "");
    const expected = keyPaths(object).map((p) => p.replace(/(^|\.)_from(?=\.|$)/g, "$1from"));
    expect(keyPaths(wire)).toEqual(expected.sort());
  });
});
