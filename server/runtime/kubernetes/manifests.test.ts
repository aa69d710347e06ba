import type { V1Container, V1Deployment } from "@kubernetes/client-node";
// The serializer the generated API clients pass every request body through (not re-exported by the package index).
import { ObjectSerializer } from "@kubernetes/client-node/dist/gen/models/ObjectSerializer.js";
import { describe, expect, it } from "vitest";
import { DomainError } from "@/server/errors";
import type { KubeSettings } from "@/server/runtime/kubernetes/config";
import {
  anchorConfigMap,
  appIdOf,
  CONFIGMAP_MAX_BYTES,
  codeConfigMap,
  deployment,
  envHash,
  envSecret,
  ownerReference,
} from "@/server/runtime/kubernetes/manifests";
import { decodeKey, encodeKey } from "@/server/runtime/kubernetes/names";
import type { AppSpec } from "@/server/runtime/types";

const ID = "cm3x0k2ab0001qz8h4v7w9e5r";
const SECRET = "sk_live_d0-not-leak-7f3a";
const MONGO_URI = "mongodb://app_user:m0ngo-pa55@10.1.2.3:27017/app_db";
const HASH_A = "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90";
const HASH_B = "ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100";

const settings: KubeSettings = {
  namespace: "kiln-apps",
  runnerImage: "registry.example.com/kiln-runner:0.1.0",
  appsDomain: "apps.example.com",
  deployTimeoutMs: 60_000,
};

function makeSpec(over: Partial<AppSpec> = {}): AppSpec {
  return {
    id: ID,
    ownerId: "cmowner00000000000000000a",
    slug: "my-app",
    files: {
      "app.py": "from kiln import App\napp = App()\n",
      "static/style.css": "body { color: red; }\n",
      "a_b/c d.py": "x = 1\n",
      "données/café.txt": "crème brûlée\n",
    },
    entrypoint: "app.py",
    env: { API_KEY: SECRET, DEBUG: "1" },
    mongoUri: MONGO_URI,
    codeHash: HASH_A,
    ...over,
  };
}

const anchor = { ...anchorConfigMap(makeSpec(), settings), metadata: { ...anchorConfigMap(makeSpec(), settings).metadata, uid: "uid-1" } };
const owner = ownerReference(anchor);

function container(dep: V1Deployment): V1Container {
  const c = dep.spec?.template.spec?.containers[0];
  if (!c) throw new Error("no container");
  return c;
}

/** Every key path of a JSON value ("spec.template.spec.containers.0.name"), undefined values dropped. */
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

const KILN_LABELS = {
  "app.kubernetes.io/managed-by": "kiln",
  "kiln.dev/app-id": ID,
  "kiln.dev/owner-id": "cmowner00000000000000000a",
  "kiln.dev/app-slug": "my-app",
};

describe("anchorConfigMap / ownerReference", () => {
  it("names the app in the root object", () => {
    const cm = anchorConfigMap(makeSpec(), settings);
    expect(cm.metadata).toMatchObject({ name: `kiln-app-${ID}`, namespace: "kiln-apps", labels: KILN_LABELS });
    expect(cm.data).toEqual({ appId: ID, ownerId: "cmowner00000000000000000a", slug: "my-app" });
    expect(cm.metadata?.ownerReferences).toBeUndefined();
  });

  it("points at the root by uid and blocks its deletion until dependents go", () => {
    expect(owner).toEqual({ apiVersion: "v1", kind: "ConfigMap", name: `kiln-app-${ID}`, uid: "uid-1", blockOwnerDeletion: true });
    expect(owner.controller).not.toBe(true);
  });

  it("refuses a root that was not created yet", () => {
    expect(() => ownerReference(anchorConfigMap(makeSpec(), settings))).toThrow(/no uid/);
  });
});

describe("codeConfigMap", () => {
  it("is immutable, owned, labelled and named after the code hash", () => {
    const cm = codeConfigMap(makeSpec(), settings, owner);
    expect(cm.immutable).toBe(true);
    expect(cm.metadata?.name).toBe(`kiln-app-${ID}-code-a1b2c3d4e5f6`);
    expect(cm.metadata?.namespace).toBe("kiln-apps");
    expect(cm.metadata?.ownerReferences).toEqual([owner]);
    expect(cm.metadata?.labels).toMatchObject({ ...KILN_LABELS, "kiln.dev/code": "a1b2c3d4e5f6" });
    expect(cm.metadata?.annotations).toEqual({ "kiln.dev/code-hash": HASH_A });
    expect(appIdOf(cm)).toBe(ID);
  });

  it("stores every file under its encoded key", () => {
    const spec = makeSpec();
    const cm = codeConfigMap(spec, settings, owner);
    const data = cm.data ?? {};
    expect(Object.keys(data).sort()).toEqual(Object.keys(spec.files).map(encodeKey).sort());
    for (const [key, text] of Object.entries(data)) {
      expect(key).toMatch(/^[-._a-zA-Z0-9]+$/);
      expect(text).toBe(spec.files[decodeKey(key)]);
    }
    expect(data["static_2fstyle.css"]).toBe("body { color: red; }\n");
  });

  it("accepts files up to CONFIGMAP_MAX_BYTES", () => {
    const overhead = Buffer.byteLength("big.txt") + 8;
    const files = { "big.txt": "x".repeat(CONFIGMAP_MAX_BYTES - overhead) };
    expect(() => codeConfigMap(makeSpec({ files }), settings, owner)).not.toThrow();
  });

  it("refuses more than CONFIGMAP_MAX_BYTES with TooLarge, naming the byte counts", () => {
    const overhead = Buffer.byteLength("big.txt") + 8;
    const files = { "big.txt": "x".repeat(CONFIGMAP_MAX_BYTES - overhead + 1) };
    let caught: unknown;
    try {
      codeConfigMap(makeSpec({ files }), settings, owner);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(DomainError);
    expect((caught as DomainError).code).toBe("TOO_LARGE");
    expect((caught as DomainError).message).toContain(`${CONFIGMAP_MAX_BYTES + 1} bytes`);
    expect((caught as DomainError).message).toContain(`${CONFIGMAP_MAX_BYTES} bytes`);
  });

  it("counts UTF-8 bytes, not characters", () => {
    const chars = Math.ceil(CONFIGMAP_MAX_BYTES / 2) + 10; // fewer characters than the limit, more bytes
    const files = { "a.txt": "é".repeat(chars) };
    expect(() => codeConfigMap(makeSpec({ files }), settings, owner)).toThrow(DomainError);
  });

  it("adds up every file", () => {
    const half = "x".repeat(CONFIGMAP_MAX_BYTES / 2);
    expect(() => codeConfigMap(makeSpec({ files: { "a.txt": half, "b.txt": half } }), settings, owner)).toThrow(/limit/);
  });
});

describe("envSecret / envHash", () => {
  it("holds the app's env and PLATFORM_MONGO_URI", () => {
    const s = envSecret(makeSpec(), settings, owner);
    expect(s.type).toBe("Opaque");
    expect(s.metadata).toMatchObject({ name: `kiln-app-${ID}-env`, namespace: "kiln-apps", labels: KILN_LABELS, ownerReferences: [owner] });
    expect(s.stringData).toEqual({ API_KEY: SECRET, DEBUG: "1", PLATFORM_MONGO_URI: MONGO_URI });
  });

  it("has no PLATFORM_MONGO_URI without a database", () => {
    const s = envSecret(makeSpec({ mongoUri: undefined }), settings, owner);
    expect(s.stringData).toEqual({ API_KEY: SECRET, DEBUG: "1" });
  });

  it("changes when a value changes, not when the key order does", () => {
    const base = envHash(makeSpec());
    expect(envHash(makeSpec({ env: { DEBUG: "1", API_KEY: SECRET } }))).toBe(base);
    expect(envHash(makeSpec({ env: { API_KEY: `${SECRET}x`, DEBUG: "1" } }))).not.toBe(base);
    expect(envHash(makeSpec({ env: { API_KEY: SECRET, DEBUG: "1", NEW: "" } }))).not.toBe(base);
    expect(envHash(makeSpec({ env: { API_KEY: SECRET } }))).not.toBe(base);
    expect(envHash(makeSpec({ mongoUri: "mongodb://other:27017/db" }))).not.toBe(base);
    expect(envHash(makeSpec({ mongoUri: undefined }))).not.toBe(base);
  });

  it("does not reveal the values", () => {
    expect(envHash(makeSpec())).not.toContain(SECRET);
    expect(envHash(makeSpec())).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe("deployment", () => {
  const dep = deployment(makeSpec(), settings, owner, 1);
  const pod = dep.spec?.template.spec;
  const c = container(dep);

  it("keeps secrets out of the pod spec", () => {
    const json = JSON.stringify(dep);
    expect(json).not.toContain(SECRET);
    expect(json).not.toContain("m0ngo-pa55");
    expect(json).not.toContain("PLATFORM_MONGO_URI");
    expect(c.envFrom).toEqual([{ secretRef: { name: `kiln-app-${ID}-env` } }]);
  });

  it("passes the runner contract as plain env", () => {
    expect(c.name).toBe("app");
    expect(c.image).toBe(settings.runnerImage);
    expect(c.env).toEqual([
      { name: "CODE_PATH", value: "/code" },
      { name: "PORT", value: "8000" },
      { name: "HOST", value: "0.0.0.0" },
      { name: "APP_ID", value: ID },
      { name: "KILN_ENTRYPOINT", value: "app.py" },
    ]);
    expect(c.ports).toEqual([{ name: "http", containerPort: 8000, protocol: "TCP" }]);
  });

  it("runs under the restricted pod security standard", () => {
    expect(pod?.automountServiceAccountToken).toBe(false);
    expect(pod?.securityContext).toMatchObject({
      runAsNonRoot: true,
      runAsUser: 10001,
      runAsGroup: 10001,
      seccompProfile: { type: "RuntimeDefault" },
    });
    expect(c.securityContext).toEqual({
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      runAsNonRoot: true,
      capabilities: { drop: ["ALL"] },
    });
    expect(pod?.hostNetwork).toBeFalsy();
    expect(pod?.hostPID).toBeFalsy();
    expect(c.securityContext?.privileged).toBeFalsy();
  });

  it("mounts the code read-only and a writable /tmp emptyDir", () => {
    expect(c.volumeMounts).toContainEqual({ name: "code", mountPath: "/code", readOnly: true });
    const tmpMount = c.volumeMounts?.find((m) => m.mountPath === "/tmp");
    expect(tmpMount?.readOnly).toBeFalsy();
    const tmp = pod?.volumes?.find((v) => v.name === tmpMount?.name);
    expect(tmp?.emptyDir).toBeDefined();
  });

  it("maps every ConfigMap key back to its exact path", () => {
    const spec = makeSpec();
    const cm = codeConfigMap(spec, settings, owner);
    const code = pod?.volumes?.find((v) => v.name === "code")?.configMap;
    expect(code?.name).toBe(cm.metadata?.name);
    const items = code?.items ?? [];
    expect(items.map((i) => i.key).sort()).toEqual(Object.keys(cm.data ?? {}).sort());
    expect(items.map((i) => i.path).sort()).toEqual(Object.keys(spec.files).sort());
    for (const item of items) {
      expect(decodeKey(item.key)).toBe(item.path);
      expect(cm.data?.[item.key]).toBe(spec.files[item.path]);
    }
  });

  it("probes /__kiln/ready on the http port", () => {
    expect(c.readinessProbe?.httpGet).toEqual({ path: "/__kiln/ready", port: "http" });
    expect(c.livenessProbe?.httpGet).toEqual({ path: "/__kiln/ready", port: "http" });
  });

  it("rolls one new pod in before an old one goes", () => {
    expect(dep.spec?.strategy).toEqual({ type: "RollingUpdate", rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } });
  });

  it("selects its own pods with a label the template carries", () => {
    expect(dep.spec?.selector).toEqual({ matchLabels: { "kiln.dev/app-id": ID } });
    expect(dep.spec?.template.metadata?.labels).toMatchObject({ ...KILN_LABELS, "kiln.dev/app-id": ID });
    expect(dep.metadata).toMatchObject({ name: `kiln-app-${ID}`, namespace: "kiln-apps", labels: KILN_LABELS, ownerReferences: [owner] });
  });

  it("changes the pod template when the code or the env changes", () => {
    const a = deployment(makeSpec(), settings, owner, 1).spec?.template.metadata?.annotations;
    const b = deployment(makeSpec({ codeHash: HASH_B }), settings, owner, 1).spec?.template.metadata?.annotations;
    const e = deployment(makeSpec({ env: { API_KEY: "rotated", DEBUG: "1" } }), settings, owner, 1).spec?.template.metadata?.annotations;
    expect(a?.["kiln.dev/code-hash"]).toBe(HASH_A);
    expect(b?.["kiln.dev/code-hash"]).toBe(HASH_B);
    expect(a?.["kiln.dev/env-hash"]).toBe(envHash(makeSpec()));
    expect(e?.["kiln.dev/env-hash"]).not.toBe(a?.["kiln.dev/env-hash"]);
    expect(e?.["kiln.dev/code-hash"]).toBe(HASH_A);
  });

  it("is the same object for the same input", () => {
    expect(deployment(makeSpec(), settings, owner, 1)).toEqual(dep);
  });

  it("requests and limits spec.resources", () => {
    const withBoth = container(deployment(makeSpec({ resources: { memoryMb: 256, cpuMillis: 500 } }), settings, owner, 1));
    expect(withBoth.resources).toEqual({ requests: { memory: "256Mi", cpu: "500m" }, limits: { memory: "256Mi", cpu: "500m" } });
    const memoryOnly = container(deployment(makeSpec({ resources: { memoryMb: 128 } }), settings, owner, 1));
    expect(memoryOnly.resources).toEqual({ requests: { memory: "128Mi" }, limits: { memory: "128Mi" } });
  });

  it("sets no resources when the spec has none", () => {
    expect(c.resources).toBeUndefined();
    expect(container(deployment(makeSpec({ resources: {} }), settings, owner, 1)).resources).toBeUndefined();
  });

  it("passes replicas and the state annotation through", () => {
    const sleeping = deployment(makeSpec(), settings, owner, 0, "sleeping");
    expect(sleeping.spec?.replicas).toBe(0);
    expect(sleeping.metadata?.annotations).toEqual({ "kiln.dev/code-hash": HASH_A, "kiln.dev/state": "sleeping" });
    expect(dep.spec?.replicas).toBe(1);
    expect(dep.metadata?.annotations).toEqual({ "kiln.dev/code-hash": HASH_A });
    expect(dep.metadata?.annotations?.["kiln.dev/state"]).toBeUndefined();
  });
});

describe("serialization through the client's ObjectSerializer", () => {
  // Request bodies go through ObjectSerializer.serialize, which keeps only properties its model knows.
  it.each([
    ["V1ConfigMap", () => anchorConfigMap(makeSpec(), settings)],
    ["V1ConfigMap", () => codeConfigMap(makeSpec(), settings, owner)],
    ["V1Secret", () => envSecret(makeSpec(), settings, owner)],
    ["V1Deployment", () => deployment(makeSpec({ resources: { memoryMb: 256, cpuMillis: 500 } }), settings, owner, 0, "stopped")],
    ["V1Deployment", () => deployment(makeSpec(), settings, owner, 1)],
  ])("keeps every field of a %s", (type, build) => {
    const object = build();
    const serialized = ObjectSerializer.serialize(object, type, "");
    expect(keyPaths(serialized)).toEqual(keyPaths(object));
    expect(JSON.parse(JSON.stringify(serialized))).toEqual(JSON.parse(JSON.stringify(object)));
  });
});
