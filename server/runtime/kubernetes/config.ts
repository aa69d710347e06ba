/**
 * The driver's settings (from server/env.ts) and its API clients: in-cluster config inside a pod,
 * else KUBECONFIG (or ~/.kube/config).
 */
import { readFileSync } from "node:fs";
import { AppsV1Api, CoreV1Api, KubeConfig, NetworkingV1Api } from "@kubernetes/client-node";
import { env } from "@/server/env";

export interface KubeSettings {
  namespace: string;
  runnerImage: string;
  appsDomain: string;
  ingressClass?: string;
  ingressNamespace?: string;
  mongoNamespace?: string;
  deployTimeoutMs: number;
}

const IN_CLUSTER_NAMESPACE = "/var/run/secrets/kubernetes.io/serviceaccount/namespace";

export function settingsFromEnv(): KubeSettings {
  const e = env();
  return {
    namespace: e.KILN_NAMESPACE ?? inClusterNamespace() ?? "default",
    runnerImage: e.KILN_RUNNER_IMAGE,
    appsDomain: e.KILN_APPS_DOMAIN,
    ingressClass: e.KILN_INGRESS_CLASS,
    ingressNamespace: e.KILN_INGRESS_NAMESPACE,
    mongoNamespace: e.KILN_MONGO_NAMESPACE,
    deployTimeoutMs: e.KILN_DEPLOY_TIMEOUT * 1000,
  };
}

function inClusterNamespace(): string | undefined {
  try {
    return readFileSync(IN_CLUSTER_NAMESPACE, "utf8").trim() || undefined;
  } catch {
    return undefined;
  }
}

export interface KubeClients {
  kc: KubeConfig;
  core: CoreV1Api;
  apps: AppsV1Api;
  net: NetworkingV1Api;
}

export function clientsFrom(kc: KubeConfig): KubeClients {
  return { kc, core: kc.makeApiClient(CoreV1Api), apps: kc.makeApiClient(AppsV1Api), net: kc.makeApiClient(NetworkingV1Api) };
}

/** In a pod: the service account; elsewhere KUBECONFIG. Fails with the reason when neither works. */
export function loadKubeConfig(): KubeConfig {
  const kc = new KubeConfig();
  const e = env();
  if (e.KUBERNETES_SERVICE_HOST && !e.KUBECONFIG) kc.loadFromCluster();
  else if (e.KUBECONFIG) kc.loadFromFile(e.KUBECONFIG);
  else kc.loadFromDefault();
  if (!kc.getCurrentCluster()) {
    throw new Error("KILN_RUNTIME=kubernetes needs a cluster: run Kiln in a pod, or set KUBECONFIG");
  }
  return kc;
}
