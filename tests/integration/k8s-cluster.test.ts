/**
 * The Kubernetes test cluster itself (tests/support/k8s-cluster.ts): a real kube-apiserver with
 * etcd, controllers and scheduler, kwok as the kubelet. What the driver tests rely on: pods of a
 * Deployment turn Ready, RBAC applies to ServiceAccount tokens, the audit log names every call,
 * and pod logs come through the pod log API.
 */
import { AppsV1Api, CoreV1Api, KubeConfig, RbacAuthorizationV1Api, type V1Pod } from "@kubernetes/client-node";
import { afterAll, beforeAll, expect, it } from "vitest";
import { readAudit, serviceAccountKubeconfig, startTestCluster, type TestCluster } from "../support/k8s-cluster";

const ns = "k8s-cluster-test";
let cluster: TestCluster;
let admin: KubeConfig;

function clientFor(kubeconfigPath: string): KubeConfig {
  const kc = new KubeConfig();
  kc.loadFromFile(kubeconfigPath);
  return kc;
}

/** The HTTP status of a failed API call, or "ok". */
function outcome(call: Promise<unknown>): Promise<number | "ok"> {
  return call.then(
    () => "ok" as const,
    (e: { code?: number }) => e.code ?? Number.NaN,
  );
}

const ready = (p: V1Pod) => p.status?.conditions?.some((c) => c.type === "Ready" && c.status === "True") ?? false;

beforeAll(async () => {
  cluster = await startTestCluster();
  admin = clientFor(cluster.kubeconfigPath);
  await admin.makeApiClient(CoreV1Api).createNamespace({ body: { metadata: { name: ns } } });
});

afterAll(async () => {
  await cluster?.stop();
});

it("runs a Deployment's pods to Ready on the kwok node", async () => {
  const labels = { app: "web" };
  await admin.makeApiClient(AppsV1Api).createNamespacedDeployment({
    namespace: ns,
    body: {
      metadata: { name: "web" },
      spec: {
        replicas: 2,
        selector: { matchLabels: labels },
        template: { metadata: { labels }, spec: { containers: [{ name: "app", image: "kiln-runner:0.1.0" }] } },
      },
    },
  });
  const apps = admin.makeApiClient(AppsV1Api);
  await expect
    .poll(async () => (await apps.readNamespacedDeployment({ namespace: ns, name: "web" })).status?.readyReplicas, { timeout: 30_000 })
    .toBe(2);
  const pods = await admin.makeApiClient(CoreV1Api).listNamespacedPod({ namespace: ns, labelSelector: "app=web" });
  expect(pods.items).toHaveLength(2);
  for (const p of pods.items) {
    expect(p.spec?.nodeName).toBe("kwok-node-0");
    expect(p.status?.phase).toBe("Running");
    expect(ready(p)).toBe(true);
    expect(p.status?.podIP).toMatch(/^10\.244\./);
  }
});

it("honours and refuses a ServiceAccount token by RBAC, and audits both calls", async () => {
  const core = admin.makeApiClient(CoreV1Api);
  const rbac = admin.makeApiClient(RbacAuthorizationV1Api);
  await core.createNamespacedServiceAccount({ namespace: ns, body: { metadata: { name: "reader" } } });
  await rbac.createNamespacedRole({
    namespace: ns,
    body: {
      metadata: { name: "configmap-reader" },
      rules: [{ apiGroups: [""], resources: ["configmaps"], verbs: ["get", "list"] }],
    },
  });
  await rbac.createNamespacedRoleBinding({
    namespace: ns,
    body: {
      metadata: { name: "reader" },
      roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "Role", name: "configmap-reader" },
      subjects: [{ kind: "ServiceAccount", name: "reader", namespace: ns }],
    },
  });

  const asReader = clientFor(await serviceAccountKubeconfig(cluster.kubeconfigPath, ns, "reader")).makeApiClient(CoreV1Api);
  // The authorizer's cache sees the new binding within moments.
  await expect.poll(() => outcome(asReader.listNamespacedConfigMap({ namespace: ns }))).toBe("ok");
  expect(await outcome(asReader.createNamespacedSecret({ namespace: ns, body: { metadata: { name: "nope" } } }))).toBe(403);
  expect(await outcome(asReader.listNamespacedConfigMap({ namespace: "default" }))).toBe(403);

  const user = `system:serviceaccount:${ns}:reader`;
  await expect
    .poll(async () => (await readAudit(cluster.auditLogPath)).filter((e) => e.user === user))
    .toEqual(
      expect.arrayContaining([
        { user, verb: "list", resource: "configmaps", namespace: ns, apiGroup: "", code: 200 },
        { user, verb: "create", resource: "secrets", namespace: ns, apiGroup: "", code: 403 },
        { user, verb: "list", resource: "configmaps", namespace: "default", apiGroup: "", code: 403 },
      ]),
    );
});

it("serves a pod's log lines through the pod log API", async () => {
  const core = admin.makeApiClient(CoreV1Api);
  const [pod] = (await core.listNamespacedPod({ namespace: ns, labelSelector: "app=web" })).items;
  const name = pod?.metadata?.name ?? "";
  const log = await cluster.podLog({ namespace: ns, pod: name });
  log.write(["starting", "listening on 0.0.0.0:8000"]);
  log.write(["a warning"], "stderr");
  // kwok picks up the new Logs object through a watch: poll until it answers.
  await expect
    .poll(() => core.readNamespacedPodLog({ namespace: ns, name, container: "app" }).catch((e) => String(e)), { timeout: 10_000 })
    .toBe("starting\nlistening on 0.0.0.0:8000\na warning\n");
  expect(await core.readNamespacedPodLog({ namespace: ns, name, container: "app", tailLines: 1 })).toBe("a warning\n");
});
