/**
 * KILN_RUNTIME=kubernetes against a real kube-apiserver + etcd + controller-manager + scheduler,
 * with kwok standing in for kubelets (pods are scheduled and marked Running/Ready; no container
 * runs, so no app traffic and no pod logs). Kiln acts with the token of deploy/'s ServiceAccount,
 * bound to deploy/'s Role: every flow passing proves the Role sufficient; the audit log shows it
 * minimal. The namespace enforces the "restricted" Pod Security level.
 */
import fs from "node:fs";
import path from "node:path";
import {
  AppsV1Api,
  CoreV1Api,
  KubeConfig,
  type KubernetesObject,
  KubernetesObjectApi,
  loadAllYaml,
  NetworkingV1Api,
  RbacAuthorizationV1Api,
  type V1Role,
} from "@kubernetes/client-node";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { api, readEvents } from "../support/api";
import { readAudit, serviceAccountKubeconfig, startTestCluster } from "../support/k8s-cluster";
import { type KilnProcess, startKiln } from "../support/kiln-process";

const NS = "kiln-it";
const ROOT = path.resolve(import.meta.dirname, "..", "..");
const LABELLED = "app.kubernetes.io/managed-by=kiln";
const SECRET = "s3cret-value-never-in-specs";

interface DeployEvent {
  phase: string;
  message: string;
  failure?: { kind: string; message: string };
}

let cluster: Awaited<ReturnType<typeof startTestCluster>>;
let kc: KubeConfig;
let core: CoreV1Api;
let apps: AppsV1Api;
let net: NetworkingV1Api;
let kiln: KilnProcess;
let token: string;
let appId: string;
let slug: string;

const hello = (msg: string) =>
  `from fastapi import FastAPI\n\napp = FastAPI()\n\n\n@app.get("/")\ndef root() -> dict[str, str]:\n    return {"message": "${msg}"}\n`;

async function deploy(id: string, files?: Record<string, string>): Promise<DeployEvent[]> {
  const res = await api(kiln.url, token).post(`/apps/${id}/deploy`, files ? { files } : {});
  expect(res.status, JSON.stringify(res.body)).toBe(202);
  return readEvents<DeployEvent>(
    `${kiln.url}/api/v1/apps/${id}/deployments/${res.body.deploymentId}/events`,
    token,
    (e) => e.phase === "ready" || e.phase === "failed",
  );
}

/** Everything in the namespace carrying the app's id, as "Kind/name". */
async function objectsOf(id: string): Promise<string[]> {
  const labelSelector = `kiln.dev/app-id=${id}`;
  const q = { namespace: NS, labelSelector };
  const lists = await Promise.all([
    core.listNamespacedConfigMap(q).then((l) => l.items.map((o) => `ConfigMap/${o.metadata?.name}`)),
    core.listNamespacedSecret(q).then((l) => l.items.map((o) => `Secret/${o.metadata?.name}`)),
    core.listNamespacedService(q).then((l) => l.items.map((o) => `Service/${o.metadata?.name}`)),
    core.listNamespacedPod(q).then((l) => l.items.map(() => "Pod")),
    apps.listNamespacedDeployment(q).then((l) => l.items.map((o) => `Deployment/${o.metadata?.name}`)),
    apps.listNamespacedReplicaSet(q).then((l) => l.items.map(() => "ReplicaSet")),
    net.listNamespacedIngress(q).then((l) => l.items.map((o) => `Ingress/${o.metadata?.name}`)),
    net.listNamespacedNetworkPolicy(q).then((l) => l.items.map((o) => `NetworkPolicy/${o.metadata?.name}`)),
  ]);
  return lists.flat().sort();
}

beforeAll(async () => {
  cluster = await startTestCluster();
  kc = new KubeConfig();
  kc.loadFromFile(cluster.kubeconfigPath);
  core = kc.makeApiClient(CoreV1Api);
  apps = kc.makeApiClient(AppsV1Api);
  net = kc.makeApiClient(NetworkingV1Api);
  await core.createNamespace({
    body: { metadata: { name: NS, labels: { "pod-security.kubernetes.io/enforce": "restricted" } } },
  });
  // deploy/base's ServiceAccount, Role and RoleBinding, applied as they are.
  const client = KubernetesObjectApi.makeApiClient(kc);
  for (const file of ["serviceaccount.yaml", "role.yaml", "rolebinding.yaml"]) {
    for (const obj of loadAllYaml(fs.readFileSync(path.join(ROOT, "deploy", "base", file), "utf8")) as KubernetesObject[]) {
      // What the overlay's `namespace:` does: the objects and the binding's subject live in NS.
      const subjects = (obj as { subjects?: object[] }).subjects?.map((s) => ({ ...s, namespace: NS }));
      await client.create({ ...obj, metadata: { ...obj.metadata, namespace: NS }, ...(subjects && { subjects }) } as KubernetesObject);
    }
  }
  kiln = await startKiln({
    env: {
      KILN_RUNTIME: "kubernetes",
      KUBECONFIG: await serviceAccountKubeconfig(cluster.kubeconfigPath, NS, "kiln"),
      KILN_NAMESPACE: NS,
      KILN_RUNNER_IMAGE: "kiln-runner:test",
      KILN_APPS_DOMAIN: "apps.kiln.test",
      KILN_INGRESS_CLASS: "nginx",
      KILN_INGRESS_NAMESPACE: "ingress-nginx",
      KILN_RECONCILE_SECONDS: "1",
      KILN_DEPLOY_TIMEOUT: "20",
      MONGODB_URL: inject("mongoUrl"),
    },
  });
  const signup = await api(kiln.url).post("/auth/signup", { username: "kate", password: "correct horse battery" });
  token = signup.body.token;
  const created = await api(kiln.url, token).post("/apps", {
    name: "Pods",
    files: { "app.py": hello("v1"), "static/style.css": "body { color: teal }\n", "lib/util_x.py": "X = 1\n" },
    env: [
      { name: "GREETING", value: "hi" },
      { name: "TOKEN", value: SECRET, secret: true },
    ],
  });
  expect(created.status).toBe(201);
  appId = created.body.id;
  slug = created.body.slug;
}, 600_000);

afterAll(async () => {
  if (process.env.KILN_TEST_DEBUG) console.log(kiln?.output.join("\n"));
  await kiln?.stop();
  await cluster?.stop();
});

describe("Kubernetes runtime through the REST API", () => {
  it("deploys: exactly the app's objects, valid, owned by the root, with progress events", async () => {
    const events = await deploy(appId);
    expect(events.at(-1)?.phase, JSON.stringify(events)).toBe("ready");
    const messages = events.map((e) => e.message).join("\n");
    expect(messages).toMatch(/scheduled on kwok-node-0/);
    expect(messages).toMatch(/Container started/);

    const n = `kiln-app-${appId}`;
    const objects = (await objectsOf(appId)).filter((o) => o !== "Pod" && o !== "ReplicaSet");
    const code = (await core.listNamespacedConfigMap({ namespace: NS, labelSelector: `kiln.dev/app-id=${appId},kiln.dev/code` })).items;
    expect(code).toHaveLength(1);
    expect(objects).toEqual(
      [
        `ConfigMap/${n}`,
        `ConfigMap/${code[0]?.metadata?.name}`,
        `Deployment/${n}`,
        `Ingress/${n}`,
        `NetworkPolicy/${n}`,
        `Secret/${n}-env`,
        `Service/${n}`,
      ].sort(),
    );
    const anchor = await core.readNamespacedConfigMap({ name: n, namespace: NS });
    const dep = await apps.readNamespacedDeployment({ name: n, namespace: NS });
    for (const o of [dep, code[0], await core.readNamespacedService({ name: n, namespace: NS })]) {
      expect(o?.metadata?.ownerReferences?.[0]?.uid).toBe(anchor.metadata?.uid);
      expect(o?.metadata?.labels).toMatchObject({
        "app.kubernetes.io/managed-by": "kiln",
        "kiln.dev/app-id": appId,
        "kiln.dev/app-slug": slug,
      });
    }
    // Files under encoded keys, mapped back to their paths; secrets only in the Secret.
    const volume = dep.spec?.template.spec?.volumes?.find((v) => v.name === "code");
    expect(volume?.configMap?.items?.map((i) => i.path).sort()).toEqual(["app.py", "lib/util_x.py", "static/style.css"]);
    expect(JSON.stringify(dep)).not.toContain(SECRET);
    const secret = await core.readNamespacedSecret({ name: `${n}-env`, namespace: NS });
    expect(Buffer.from(secret.data?.TOKEN ?? "", "base64").toString()).toBe(SECRET);
    expect(Object.keys(secret.data ?? {})).toContain("PLATFORM_MONGO_URI");
    const ing = await net.readNamespacedIngress({ name: n, namespace: NS });
    expect(ing.spec?.rules?.[0]?.host).toBe(`${slug}.apps.kiln.test`);
    expect(ing.spec?.ingressClassName).toBe("nginx");
    // The namespace enforces "restricted": a pod exists at all only because the spec complies.
    expect((await core.listNamespacedPod({ namespace: NS, labelSelector: `kiln.dev/app-id=${appId}` })).items.length).toBe(1);
    const view = await api(kiln.url, token).get(`/apps/${appId}`);
    expect(view.body.status).toBe("running");
  });

  it("redeploys: the code hash changes and rolls; a deleted file and env var leave the cluster", async () => {
    const n = `kiln-app-${appId}`;
    const before = await apps.readNamespacedDeployment({ name: n, namespace: NS });
    // TOKEN keeps its stored value (no value given); GREETING is dropped.
    expect((await api(kiln.url, token).put(`/apps/${appId}`, { env: [{ name: "TOKEN", secret: true }] })).status).toBe(200);
    const events = await deploy(appId, { "app.py": hello("v2"), "static/style.css": "body { color: red }\n" });
    expect(events.at(-1)?.phase, JSON.stringify(events)).toBe("ready");
    const after = await apps.readNamespacedDeployment({ name: n, namespace: NS });
    const hash = (d: typeof before) => d.spec?.template.metadata?.annotations?.["kiln.dev/code-hash"];
    expect(hash(after)).not.toBe(hash(before));
    expect(Number(after.metadata?.annotations?.["deployment.kubernetes.io/revision"])).toBeGreaterThan(
      Number(before.metadata?.annotations?.["deployment.kubernetes.io/revision"]),
    );
    const items = after.spec?.template.spec?.volumes?.find((v) => v.name === "code")?.configMap?.items?.map((i) => i.path);
    expect(items?.sort()).toEqual(["app.py", "static/style.css"]);
    const secret = await core.readNamespacedSecret({ name: `${n}-env`, namespace: NS });
    expect(Object.keys(secret.data ?? {})).not.toContain("GREETING");
  });

  it("a version no node can run fails as unschedulable, and the previous version keeps serving", async () => {
    const n = `kiln-app-${appId}`;
    const a = api(kiln.url, token);
    const settings = (await a.get("/admin/settings")).body;
    const before = await apps.readNamespacedDeployment({ name: n, namespace: NS });
    // The kwok node has 32 CPUs: the real scheduler finds no room for 64.
    expect((await a.patch("/admin/settings", { defaultResources: { memoryMb: 256, cpuMillis: 64_000 } })).status).toBe(200);
    try {
      const events = await deploy(appId, { "app.py": hello("too big") });
      const failed = events.at(-1);
      expect(failed?.phase, JSON.stringify(events)).toBe("failed");
      expect(failed?.failure?.kind).toBe("unschedulable");
      expect(failed?.failure?.message).toMatch(/Insufficient cpu/);
    } finally {
      await a.patch("/admin/settings", { defaultResources: settings.defaultResources });
    }
    const after = await apps.readNamespacedDeployment({ name: n, namespace: NS });
    const hash = (d: typeof before) => d.spec?.template.metadata?.annotations?.["kiln.dev/code-hash"];
    expect(hash(after)).toBe(hash(before));
    await expect.poll(async () => (await a.get(`/apps/${appId}`)).body.status, { timeout: 20_000, interval: 200 }).toBe("running");
  });

  it("reconciles: a deleted Service comes back, orphans of every kind go, foreign objects stay", async () => {
    const n = `kiln-app-${appId}`;
    // Orphans: Kiln's labels, an app id the database does not know, no owner (so no garbage collection).
    const labels = { "app.kubernetes.io/managed-by": "kiln", "kiln.dev/app-id": "corphan" };
    const metadata = { name: "kiln-app-corphan", labels };
    const q = { namespace: NS };
    await core.createNamespacedConfigMap({ ...q, body: { metadata } });
    await core.createNamespacedSecret({ ...q, body: { metadata: { ...metadata, name: "kiln-app-corphan-env" } } });
    await core.createNamespacedService({ ...q, body: { metadata, spec: { ports: [{ port: 80 }] } } });
    await net.createNamespacedNetworkPolicy({ ...q, body: { metadata, spec: { podSelector: {} } } });
    await net.createNamespacedIngress({
      ...q,
      body: { metadata, spec: { defaultBackend: { service: { name: "x", port: { number: 80 } } } } },
    });
    await apps.createNamespacedDeployment({
      ...q,
      body: {
        metadata,
        spec: {
          replicas: 0,
          selector: { matchLabels: labels },
          template: { metadata: { labels }, spec: { containers: [{ name: "c", image: "x" }] } },
        },
      },
    });
    // Not Kiln's: same app-id label, no managed-by.
    await core.createNamespacedConfigMap({ ...q, body: { metadata: { name: "not-kiln", labels: { "kiln.dev/app-id": "corphan" } } } });
    await core.deleteNamespacedService({ name: n, namespace: NS });

    await expect
      .poll(async () => (await core.readNamespacedService({ name: n, namespace: NS }).catch(() => undefined))?.metadata?.name, {
        timeout: 30_000,
        interval: 200,
      })
      .toBe(n);
    await expect.poll(() => objectsOf("corphan"), { timeout: 30_000, interval: 200 }).toEqual(["ConfigMap/not-kiln"]);
    // Recreated without a rollout: the same ReplicaSet still serves.
    const view = await api(kiln.url, token).get(`/apps/${appId}`);
    expect(view.body.status).toBe("running");
  });

  it("a pod in CrashLoopBackOff surfaces as error with the reason", async () => {
    // What a kubelet reports for a container that keeps exiting: written through the status API.
    const pod = (await core.listNamespacedPod({ namespace: NS, labelSelector: `kiln.dev/app-id=${appId}` })).items[0];
    if (!pod?.status) throw new Error("no pod");
    const now = new Date();
    pod.status.conditions = (pod.status.conditions ?? []).map((c) =>
      c.type === "Ready" || c.type === "ContainersReady" ? { ...c, status: "False", lastTransitionTime: now } : c,
    );
    pod.status.phase = "Running"; // kwok's stages act on Pending pods only: it leaves this one alone
    pod.status.containerStatuses = [
      {
        name: "app",
        image: "kiln-runner:test",
        imageID: "",
        ready: false,
        restartCount: 5,
        state: { waiting: { reason: "CrashLoopBackOff", message: "back-off 40s restarting failed container" } },
        lastState: { terminated: { exitCode: 3, reason: "Error", startedAt: now, finishedAt: now } },
      },
    ];
    await core.replaceNamespacedPodStatus({ name: pod.metadata?.name ?? "", namespace: NS, body: pod });
    const view = await api(kiln.url, token).get(`/apps/${appId}`);
    expect(view.body.status).toBe("error");
    expect(view.body.statusReason).toMatch(/CrashLoopBackOff/);
    expect(view.body.statusReason).toMatch(/exit code 3/);
  });

  it("logs: the tail and a follow through the pod log API, across a rollout", async () => {
    // kwok's kubelet server answers the pod log API from files; every pod in NS gets this one.
    const log = await cluster.podLog({ namespace: NS });
    log.write(["INFO: Started server process", "booted v2"]);
    await expect
      .poll(async () => (await api(kiln.url, token).get(`/apps/${appId}/logs?tail=50`)).body.lines?.map((l: { text: string }) => l.text), {
        timeout: 15_000,
        interval: 250,
      })
      .toEqual(expect.arrayContaining(["INFO: Started server process", "booted v2"]));
    // A follower sees lines written later, and keeps following when a rollout replaces the pod.
    const followed = readEvents<{ stream: string; text: string }>(`${kiln.url}/api/v1/apps/${appId}/logs/stream?tail=1`, token, (l) =>
      l.text.includes("after the rollout"),
    );
    const before = (await core.listNamespacedPod({ namespace: NS, labelSelector: `kiln.dev/app-id=${appId}` })).items.map(
      (p) => p.metadata?.name,
    );
    const events = await deploy(appId, { "app.py": hello("v3") });
    expect(events.at(-1)?.phase, JSON.stringify(events)).toBe("ready");
    const after = (await core.listNamespacedPod({ namespace: NS, labelSelector: `kiln.dev/app-id=${appId}` })).items.map(
      (p) => p.metadata?.name,
    );
    expect(after.some((name) => !before.includes(name))).toBe(true);
    log.write(["served after the rollout"]);
    const lines = await followed;
    expect(lines.map((l) => l.text)).toContain("served after the rollout");
  });

  it("delete leaves nothing with Kiln's labels", async () => {
    expect((await api(kiln.url, token).del(`/apps/${appId}`)).status).toBe(204);
    expect(await objectsOf(appId)).toEqual([]);
    const left = (await core.listNamespacedConfigMap({ namespace: NS, labelSelector: LABELLED })).items;
    expect(left.map((o) => o.metadata?.name)).toEqual([]);
  });

  it("the Role is minimal: every verb it grants was used, and nothing was refused", async () => {
    const role = (await kc.makeApiClient(RbacAuthorizationV1Api).readNamespacedRole({ name: "kiln-runtime", namespace: NS })) as V1Role;
    const granted = new Set(
      (role.rules ?? []).flatMap((r) =>
        (r.apiGroups ?? [""]).flatMap((g) => (r.resources ?? []).flatMap((res) => (r.verbs ?? []).map((v) => `${g}/${res}:${v}`))),
      ),
    );
    const calls = (await readAudit(cluster.auditLogPath)).filter((e) => e.user === `system:serviceaccount:${NS}:kiln` && e.resource);
    const used = new Set(calls.map((e) => `${e.apiGroup}/${e.resource}${e.subresource ? `/${e.subresource}` : ""}:${e.verb}`));
    expect(
      [...used].filter((u) => !granted.has(u)),
      "used but not granted",
    ).toEqual([]);
    expect(
      [...granted].filter((g) => !used.has(g)),
      "granted but never used",
    ).toEqual([]);
  });
});
