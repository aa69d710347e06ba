/**
 * A private Kubernetes cluster for integration tests: real etcd, kube-apiserver,
 * kube-controller-manager and kube-scheduler, plus kwok faking one Node ("kwok-node-0") whose
 * pods turn Running and Ready without any container running. Started through
 * tools/k8s-test-cluster/up.sh in its own temp dir on free ports, so it runs beside a developer's
 * cluster; the binaries must have been built (`npm run cluster:build`; .ci/run does it).
 *
 * The apiserver authorizes with RBAC, issues ServiceAccount tokens (TokenRequest) and audits every
 * request at Metadata level to `auditLogPath` (see readAudit).
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { CoreV1Api, CustomObjectsApi, KubeConfig } from "@kubernetes/client-node";
import { freePort } from "./mongo";

const root = path.resolve(import.meta.dirname, "..", "..");
const tools = path.join(root, "tools", "k8s-test-cluster");

export interface TestCluster {
  /** Admin kubeconfig (static token in system:masters). */
  kubeconfigPath: string;
  /** JSON lines, one audit event per request stage; read them with readAudit. */
  auditLogPath: string;
  /** The cluster's state dir: logs/<component>.log, pod-logs/, pki/. Removed by stop(). */
  dir: string;
  /**
   * Serves a container's log through the real pod log API (`GET …/pods/{pod}/log`, follow and
   * tailLines included): kwok's kubelet server reads the file this returns a writer for. Without
   * `pod`, every pod of the namespace (present and future) gets that log.
   */
  podLog(target: PodLogTarget): Promise<PodLogWriter>;
  stop(): Promise<void>;
}

export interface PodLogTarget {
  namespace: string;
  /** One pod; omitted: every pod in the namespace. */
  pod?: string;
  /** One container; omitted: every container. */
  container?: string;
}

export interface PodLogWriter {
  /** Appends lines to the log (CRI format underneath); a follower sees them at once. */
  write(lines: string[], stream?: "stdout" | "stderr"): void;
  /** Appends lines to the previous container's log (`?previous=true`). */
  writePrevious(lines: string[], stream?: "stdout" | "stderr"): void;
}

function run(script: string, env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      "bash",
      [path.join(tools, script)],
      { env: { ...process.env, ...env }, timeout: 180_000, maxBuffer: 16 * 1024 * 1024 },
      (err, stdout, stderr) => {
        if (err) reject(new Error(`${script} failed (${err.code ?? err.signal}):\n${stderr}`));
        else resolve(stdout);
      },
    );
  });
}

async function distinctFreePorts(n: number): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < n) ports.add(await freePort());
  return [...ports];
}

/** Starts a private cluster (about 6 s; ~650 MB RAM). Call stop() in afterAll. */
export async function startTestCluster(): Promise<TestCluster> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kiln-k8s-"));
  const [api, etcd, etcdPeer, kwok] = await distinctFreePorts(4);
  const env = {
    KILN_K8S_TEST_DIR: dir,
    KILN_K8S_API_PORT: String(api),
    KILN_K8S_ETCD_PORT: String(etcd),
    KILN_K8S_ETCD_PEER_PORT: String(etcdPeer),
    KILN_K8S_KWOK_PORT: String(kwok),
    // A missing build fails fast (a cold build takes ~25 min); the cluster goes away with us.
    KILN_K8S_NO_BUILD: "1",
    KILN_K8S_OWNER_PID: String(process.pid),
  };
  let stdout: string;
  try {
    stdout = await run("up.sh", env);
  } catch (err) {
    await run("down.sh", env).catch(() => {});
    throw err;
  }
  const kubeconfigPath = /^KUBECONFIG=(.+)$/m.exec(stdout)?.[1];
  if (!kubeconfigPath) throw new Error(`up.sh printed no KUBECONFIG line: ${stdout}`);
  let stopped: Promise<void> | undefined;
  return {
    kubeconfigPath,
    auditLogPath: path.join(dir, "audit.log"),
    dir,
    podLog: (target) => podLog(kubeconfigPath, dir, target),
    stop: () => {
      stopped ??= run("down.sh", env).then(() => {});
      return stopped;
    },
  };
}

/**
 * Issues a token for the ServiceAccount (TokenRequest, 1 h) and writes a kubeconfig that acts as
 * it, next to the admin kubeconfig. Returns its path.
 */
export async function serviceAccountKubeconfig(adminKubeconfigPath: string, namespace: string, serviceAccount: string): Promise<string> {
  const kc = new KubeConfig();
  kc.loadFromFile(adminKubeconfigPath);
  const cluster = kc.getCurrentCluster();
  if (!cluster) throw new Error(`no current cluster in ${adminKubeconfigPath}`);
  const tr = await kc.makeApiClient(CoreV1Api).createNamespacedServiceAccountToken({
    name: serviceAccount,
    namespace,
    body: { spec: { audiences: [], expirationSeconds: 3600 } },
  });
  const token = tr.status?.token;
  if (!token) throw new Error(`TokenRequest for ${namespace}/${serviceAccount} returned no token`);
  const ca = cluster.caFile ? `certificate-authority: ${cluster.caFile}` : `certificate-authority-data: ${cluster.caData ?? ""}`;
  const user = `system:serviceaccount:${namespace}:${serviceAccount}`;
  const file = path.join(path.dirname(adminKubeconfigPath), `sa-${namespace}-${serviceAccount}.kubeconfig`);
  const yaml = [
    "apiVersion: v1",
    "kind: Config",
    "clusters:",
    `- name: ${cluster.name}`,
    "  cluster:",
    `    server: ${cluster.server}`,
    `    ${ca}`,
    "users:",
    `- name: ${JSON.stringify(user)}`,
    "  user:",
    `    token: ${token}`,
    "contexts:",
    "- name: sa",
    "  context:",
    `    cluster: ${cluster.name}`,
    `    user: ${JSON.stringify(user)}`,
    `    namespace: ${namespace}`,
    "current-context: sa",
    "",
  ].join("\n");
  fs.writeFileSync(file, yaml, { mode: 0o600 });
  return file;
}

export interface AuditEntry {
  /** e.g. "kiln-admin", "system:serviceaccount:ns:name". */
  user: string;
  /** get list watch create update patch delete deletecollection */
  verb: string;
  resource: string;
  subresource?: string;
  namespace?: string;
  /** "" for the core group, else e.g. "apps", "networking.k8s.io". */
  apiGroup: string;
  name?: string;
  /** HTTP status of the response (403 when RBAC refused the request). */
  code?: number;
}

interface AuditEvent {
  auditID: string;
  verb: string;
  user?: { username?: string };
  objectRef?: { resource?: string; subresource?: string; namespace?: string; name?: string; apiGroup?: string };
  responseStatus?: { code?: number };
}

/**
 * The resource requests in the audit log, one entry per request (a watch's ResponseStarted and
 * ResponseComplete count once), in order. Non-resource requests (/readyz, discovery) are left out.
 * Entries are written as requests finish, so poll (expect.poll) for one you just caused.
 */
export async function readAudit(auditLogPath: string): Promise<AuditEntry[]> {
  const text = await fs.promises.readFile(auditLogPath, "utf8");
  const seen = new Set<string>();
  const entries: AuditEntry[] = [];
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    let e: AuditEvent;
    try {
      e = JSON.parse(line) as AuditEvent;
    } catch {
      continue; // a line being written
    }
    const ref = e.objectRef;
    if (!ref?.resource || seen.has(e.auditID)) continue;
    seen.add(e.auditID);
    entries.push({
      user: e.user?.username ?? "",
      verb: e.verb,
      resource: ref.resource,
      ...(ref.subresource ? { subresource: ref.subresource } : {}),
      ...(ref.namespace ? { namespace: ref.namespace } : {}),
      apiGroup: ref.apiGroup ?? "",
      ...(ref.name ? { name: ref.name } : {}),
      ...(e.responseStatus?.code ? { code: e.responseStatus.code } : {}),
    });
  }
  return entries;
}

function criLines(lines: string[], stream: "stdout" | "stderr"): string {
  return lines.map((l) => `${new Date().toISOString().replace("Z", "000000Z")} ${stream} F ${l}\n`).join("");
}

async function podLog(kubeconfigPath: string, dir: string, target: PodLogTarget): Promise<PodLogWriter> {
  const { namespace, pod, container } = target;
  const base = path.join(dir, "pod-logs", namespace, pod ?? "_all", container ?? "_all");
  fs.mkdirSync(path.dirname(base), { recursive: true });
  const file = `${base}.log`;
  const previous = `${base}.previous.log`;
  for (const f of [file, previous]) fs.appendFileSync(f, "");
  const log = { containers: container ? [container] : [], logsFile: file, previousLogsFile: previous, follow: true };
  const kc = new KubeConfig();
  kc.loadFromFile(kubeconfigPath);
  const api = kc.makeApiClient(CustomObjectsApi);
  const group = "kwok.x-k8s.io";
  const version = "v1alpha1";
  // kwok matches a Logs object by the pod's name; a ClusterLogs object by namespace (and name).
  // Several containers of one pod share one Logs object: merge into what is there.
  if (pod) {
    const existing = (await api
      .getNamespacedCustomObject({ group, version, namespace, plural: "logs", name: pod })
      .catch(() => undefined)) as { metadata: object; spec?: { logs?: (typeof log)[] } } | undefined;
    const same = (l: typeof log) => JSON.stringify(l.containers) === JSON.stringify(log.containers);
    const spec = { logs: [...(existing?.spec?.logs ?? []).filter((l) => !same(l)), log] };
    if (existing) {
      const body = { ...existing, spec };
      await api.replaceNamespacedCustomObject({ group, version, namespace, plural: "logs", name: pod, body });
    } else {
      const body = { apiVersion: `${group}/${version}`, kind: "Logs", metadata: { name: pod, namespace }, spec };
      await api.createNamespacedCustomObject({ group, version, namespace, plural: "logs", body });
    }
  } else {
    const name = `ns-${namespace}${container ? `-${container}` : ""}`;
    const body = {
      apiVersion: `${group}/${version}`,
      kind: "ClusterLogs",
      metadata: { name },
      spec: { selector: { matchNamespaces: [namespace] }, logs: [log] },
    };
    await api.createClusterCustomObject({ group, version, plural: "clusterlogs", body });
  }
  return {
    write: (lines, stream = "stdout") => fs.appendFileSync(file, criLines(lines, stream)),
    writePrevious: (lines, stream = "stdout") => fs.appendFileSync(previous, criLines(lines, stream)),
  };
}
