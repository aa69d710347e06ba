/**
 * deploy/ renders with `kubectl kustomize`, and a real v1.37 kube-apiserver accepts every object of
 * each overlay in a server-side dry run (schema validation, defaulting, admission — Pod Security
 * "restricted" included, since the overlays' Namespace enforces it).
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { CoreV1Api, KubeConfig, type KubernetesObject, loadAllYaml, type V1Namespace } from "@kubernetes/client-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestCluster } from "../support/k8s-cluster";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "..", "..");

let cluster: Awaited<ReturnType<typeof startTestCluster>>;
let kubectl: string;

async function render(overlay: string): Promise<{ yaml: string; objects: KubernetesObject[] }> {
  const { stdout } = await run(kubectl, ["kustomize", path.join(ROOT, "deploy", "overlays", overlay)], { maxBuffer: 8 << 20 });
  return { yaml: stdout, objects: loadAllYaml(stdout) as KubernetesObject[] };
}

/** `kubectl apply --dry-run=server` from stdin; resolves with its output. */
function dryRun(yaml: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      kubectl,
      ["--kubeconfig", cluster.kubeconfigPath, "apply", "--dry-run=server", "-f", "-"],
      { maxBuffer: 8 << 20 },
      (err, stdout, stderr) => (err ? reject(new Error(`${stderr}\n${stdout}`)) : resolve(stdout)),
    );
    child.stdin?.end(yaml);
  });
}

beforeAll(async () => {
  kubectl = path.join(
    (await run("bash", [path.join(ROOT, "tools", "k8s-test-cluster", "build.sh"), "--print-bin"])).stdout.trim(),
    "kubectl",
  );
  cluster = await startTestCluster();
}, 120_000);

afterAll(async () => {
  await cluster?.stop();
});

describe.each(["local", "production"])("deploy/overlays/%s", (overlay) => {
  it("renders, and the API server accepts every object (server-side dry run)", async () => {
    const { yaml, objects } = await render(overlay);
    const kinds = objects.map((o) => o.kind);
    for (const kind of ["Namespace", "ServiceAccount", "Role", "RoleBinding", "Deployment", "Service", "Ingress", "ConfigMap", "Secret"]) {
      expect(kinds, `${overlay} renders a ${kind}`).toContain(kind);
    }
    // A dry run does not create the Namespace the other objects live in: create it for real first.
    const core = (() => {
      const kc = new KubeConfig();
      kc.loadFromFile(cluster.kubeconfigPath);
      return kc.makeApiClient(CoreV1Api);
    })();
    for (const ns of objects.filter((o) => o.kind === "Namespace") as V1Namespace[]) {
      await core.createNamespace({ body: ns }).catch((e: { code?: number }) => {
        if (e.code !== 409) throw e;
      });
    }
    const out = await dryRun(yaml);
    const accepted = out.split("\n").filter((l) => l.includes("(server dry run)"));
    expect(accepted, out).toHaveLength(objects.length);
  });
});

it("the API server refuses an invalid object in the same dry run (the check can fail)", async () => {
  const { yaml } = await render("production");
  const broken = yaml.replace(/containerPort: (\d+)/, "containerPort: 700000");
  await expect(dryRun(broken)).rejects.toThrow(/containerPort|Invalid value/);
});
