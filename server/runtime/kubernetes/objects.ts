/**
 * Create-or-replace for the kinds the driver owns. Updates are PUTs of the whole object (never a
 * merge), so a file or variable removed from the app disappears from the cluster too.
 */
import type { KubernetesObject } from "@kubernetes/client-node";
import type { KubeClients } from "@/server/runtime/kubernetes/config";

export type Kind = "ConfigMap" | "Secret" | "Service" | "Ingress" | "NetworkPolicy" | "Deployment";

interface Ops {
  read(name: string): Promise<KubernetesObject>;
  create(body: KubernetesObject): Promise<KubernetesObject>;
  replace(name: string, body: KubernetesObject): Promise<KubernetesObject>;
  remove(name: string): Promise<unknown>;
  list(labelSelector: string): Promise<KubernetesObject[]>;
}

// The generated clients type each body precisely; this table only routes the driver's own objects.
type AnyBody = any;

export function kindOps(c: KubeClients, namespace: string): Record<Kind, Ops> {
  const ns = { namespace };
  const bg = { propagationPolicy: "Background" };
  return {
    ConfigMap: {
      read: (name) => c.core.readNamespacedConfigMap({ name, ...ns }),
      create: (body: AnyBody) => c.core.createNamespacedConfigMap({ body, ...ns }),
      replace: (name, body: AnyBody) => c.core.replaceNamespacedConfigMap({ name, body, ...ns }),
      remove: (name) => c.core.deleteNamespacedConfigMap({ name, ...ns, ...bg }),
      list: async (labelSelector) => (await c.core.listNamespacedConfigMap({ labelSelector, ...ns })).items,
    },
    Secret: {
      read: (name) => c.core.readNamespacedSecret({ name, ...ns }),
      create: (body: AnyBody) => c.core.createNamespacedSecret({ body, ...ns }),
      replace: (name, body: AnyBody) => c.core.replaceNamespacedSecret({ name, body, ...ns }),
      remove: (name) => c.core.deleteNamespacedSecret({ name, ...ns, ...bg }),
      list: async (labelSelector) => (await c.core.listNamespacedSecret({ labelSelector, ...ns })).items,
    },
    Service: {
      read: (name) => c.core.readNamespacedService({ name, ...ns }),
      create: (body: AnyBody) => c.core.createNamespacedService({ body, ...ns }),
      replace: (name, body: AnyBody) => c.core.replaceNamespacedService({ name, body, ...ns }),
      remove: (name) => c.core.deleteNamespacedService({ name, ...ns, ...bg }),
      list: async (labelSelector) => (await c.core.listNamespacedService({ labelSelector, ...ns })).items,
    },
    Ingress: {
      read: (name) => c.net.readNamespacedIngress({ name, ...ns }),
      create: (body: AnyBody) => c.net.createNamespacedIngress({ body, ...ns }),
      replace: (name, body: AnyBody) => c.net.replaceNamespacedIngress({ name, body, ...ns }),
      remove: (name) => c.net.deleteNamespacedIngress({ name, ...ns, ...bg }),
      list: async (labelSelector) => (await c.net.listNamespacedIngress({ labelSelector, ...ns })).items,
    },
    NetworkPolicy: {
      read: (name) => c.net.readNamespacedNetworkPolicy({ name, ...ns }),
      create: (body: AnyBody) => c.net.createNamespacedNetworkPolicy({ body, ...ns }),
      replace: (name, body: AnyBody) => c.net.replaceNamespacedNetworkPolicy({ name, body, ...ns }),
      remove: (name) => c.net.deleteNamespacedNetworkPolicy({ name, ...ns, ...bg }),
      list: async (labelSelector) => (await c.net.listNamespacedNetworkPolicy({ labelSelector, ...ns })).items,
    },
    Deployment: {
      read: (name) => c.apps.readNamespacedDeployment({ name, ...ns }),
      create: (body: AnyBody) => c.apps.createNamespacedDeployment({ body, ...ns }),
      replace: (name, body: AnyBody) => c.apps.replaceNamespacedDeployment({ name, body, ...ns }),
      remove: (name) => c.apps.deleteNamespacedDeployment({ name, ...ns, ...bg }),
      list: async (labelSelector) => (await c.apps.listNamespacedDeployment({ labelSelector, ...ns })).items,
    },
  };
}

export function isStatus(err: unknown, code: number): boolean {
  return typeof err === "object" && err !== null && (err as { code?: unknown }).code === code;
}

export class KubeObjects {
  private readonly ops: Record<Kind, Ops>;

  constructor(c: KubeClients, namespace: string) {
    this.ops = kindOps(c, namespace);
  }

  async get(kind: Kind, name: string): Promise<KubernetesObject | undefined> {
    try {
      return await this.ops[kind].read(name);
    } catch (err) {
      if (isStatus(err, 404)) return undefined;
      throw err;
    }
  }

  /** Create, or replace the whole object keeping only what the server owns (resourceVersion, clusterIP). */
  async apply<T extends KubernetesObject>(kind: Kind, body: T): Promise<T> {
    try {
      return await this.applyOnce(kind, body);
    } catch (err) {
      // Another Kiln replica wrote the object between our read and write (409): read again, once.
      if (!isStatus(err, 409)) throw err;
      return this.applyOnce(kind, body);
    }
  }

  private async applyOnce<T extends KubernetesObject>(kind: Kind, body: T): Promise<T> {
    const name = body.metadata?.name ?? "";
    const current = await this.get(kind, name);
    if (!current) return (await this.ops[kind].create(body)) as T;
    const next = { ...body, metadata: { ...body.metadata, resourceVersion: current.metadata?.resourceVersion } } as T;
    if (kind === "Service") keepClusterIp(next, current);
    return (await this.ops[kind].replace(name, next)) as T;
  }

  /** Create when missing; an existing object is left as it is (immutable ConfigMaps). */
  async ensure<T extends KubernetesObject>(kind: Kind, body: T): Promise<T> {
    try {
      return (await this.ops[kind].create(body)) as T;
    } catch (err) {
      if (!isStatus(err, 409)) throw err;
      return (await this.ops[kind].read(body.metadata?.name ?? "")) as T;
    }
  }

  async remove(kind: Kind, name: string): Promise<boolean> {
    try {
      await this.ops[kind].remove(name);
      return true;
    } catch (err) {
      if (isStatus(err, 404)) return false;
      throw err;
    }
  }

  list(kind: Kind, labelSelector: string): Promise<KubernetesObject[]> {
    return this.ops[kind].list(labelSelector);
  }
}

function keepClusterIp(next: KubernetesObject, current: KubernetesObject): void {
  const spec = (next as { spec?: Record<string, unknown> }).spec;
  const was = (current as { spec?: Record<string, unknown> }).spec;
  if (spec && was) {
    spec.clusterIP = was.clusterIP;
    spec.clusterIPs = was.clusterIPs;
  }
}
