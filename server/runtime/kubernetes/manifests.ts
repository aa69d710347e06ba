/**
 * The objects of one app, as pure functions of its spec (no cluster calls): easy to test, and the
 * same input always gives the same objects, so re-applying an unchanged app changes nothing.
 * Network objects (Service, Ingress, NetworkPolicy) are in network-manifests.ts.
 */
import { createHash } from "node:crypto";
import type { V1ConfigMap, V1Deployment, V1OwnerReference, V1Secret } from "@kubernetes/client-node";
import { Invalid, TooLarge } from "@/server/errors";
import type { KubeSettings } from "@/server/runtime/kubernetes/config";
import {
  APP_ID_LABEL,
  appLabels,
  CODE_HASH_ANNOTATION,
  CODE_LABEL,
  CODE_PATH,
  CONTAINER,
  ENV_HASH_ANNOTATION,
  encodeKey,
  names,
  podSelector,
  RUNNER_PORT,
  STATE_ANNOTATION,
} from "@/server/runtime/kubernetes/names";
import type { AppSpec } from "@/server/runtime/types";

/** Kubernetes refuses objects over 1 MiB (etcd's limit); keep a margin for metadata. */
export const CONFIGMAP_MAX_BYTES = 1024 * 1024 - 16 * 1024;

export function anchorConfigMap(spec: AppSpec, s: KubeSettings): V1ConfigMap {
  return {
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata: { name: names(spec.id).anchor, namespace: s.namespace, labels: appLabels(spec) },
    data: { appId: spec.id, ownerId: spec.ownerId, slug: spec.slug },
  };
}

export function ownerReference(anchor: V1ConfigMap): V1OwnerReference {
  if (!anchor.metadata?.uid || !anchor.metadata.name) throw new Error("The app's root ConfigMap has no uid yet");
  return { apiVersion: "v1", kind: "ConfigMap", name: anchor.metadata.name, uid: anchor.metadata.uid, blockOwnerDeletion: true };
}

/** One immutable ConfigMap per code version: old pods keep their files during a rollout. */
export function codeConfigMap(spec: AppSpec, s: KubeSettings, owner: V1OwnerReference): V1ConfigMap {
  const data: Record<string, string> = {};
  let bytes = 0;
  for (const [file, text] of Object.entries(spec.files)) {
    const key = encodeKey(file);
    if (key.length > 253) {
      throw Invalid(
        `The file path ${JSON.stringify(file)} is too long for Kubernetes (${key.length} characters once encoded; at most 253)`,
      );
    }
    data[key] = text;
    bytes += Buffer.byteLength(key) + Buffer.byteLength(text) + 8;
  }
  if (bytes > CONFIGMAP_MAX_BYTES) {
    throw TooLarge(
      `The app's files take ${bytes} bytes in a Kubernetes ConfigMap; the limit is ${CONFIGMAP_MAX_BYTES} bytes (1 MiB less metadata)`,
    );
  }
  return {
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata: {
      name: names(spec.id).code(spec.codeHash),
      namespace: s.namespace,
      labels: { ...appLabels(spec), [CODE_LABEL]: spec.codeHash.slice(0, 12).toLowerCase() },
      annotations: { [CODE_HASH_ANNOTATION]: spec.codeHash },
      ownerReferences: [owner],
    },
    immutable: true,
    data,
  };
}

/** The app's environment, secrets included: never written into the Deployment itself. */
export function envSecret(spec: AppSpec, s: KubeSettings, owner: V1OwnerReference): V1Secret {
  return {
    apiVersion: "v1",
    kind: "Secret",
    type: "Opaque",
    metadata: { name: names(spec.id).env, namespace: s.namespace, labels: appLabels(spec), ownerReferences: [owner] },
    stringData: appEnv(spec),
  };
}

function appEnv(spec: AppSpec): Record<string, string> {
  return { ...spec.env, ...(spec.mongoUri ? { PLATFORM_MONGO_URI: spec.mongoUri } : {}) };
}

/** Changes when any variable does, so the pod template changes and the Deployment rolls. */
export function envHash(spec: AppSpec): string {
  const entries = Object.entries(appEnv(spec)).sort(([a], [b]) => (a < b ? -1 : 1));
  return createHash("sha256").update(JSON.stringify(entries)).digest("hex").slice(0, 16);
}

export function deployment(spec: AppSpec, s: KubeSettings, owner: V1OwnerReference, replicas: number, state?: string): V1Deployment {
  const n = names(spec.id);
  const labels = appLabels(spec);
  const probe = (periodSeconds: number, failureThreshold: number) => ({
    httpGet: { path: "/__kiln/ready", port: "http" },
    periodSeconds,
    failureThreshold,
    timeoutSeconds: 2,
  });
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: {
      name: n.deployment,
      namespace: s.namespace,
      labels,
      annotations: { [CODE_HASH_ANNOTATION]: spec.codeHash, ...(state ? { [STATE_ANNOTATION]: state } : {}) },
      ownerReferences: [owner],
    },
    spec: {
      replicas,
      selector: { matchLabels: podSelector(spec.id) },
      revisionHistoryLimit: 3,
      progressDeadlineSeconds: Math.max(30, Math.ceil(s.deployTimeoutMs / 1000) * 2),
      strategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
      template: {
        metadata: {
          labels,
          annotations: { [CODE_HASH_ANNOTATION]: spec.codeHash, [ENV_HASH_ANNOTATION]: envHash(spec) },
        },
        spec: {
          automountServiceAccountToken: false,
          enableServiceLinks: false,
          terminationGracePeriodSeconds: 15,
          securityContext: {
            runAsNonRoot: true,
            runAsUser: 10001,
            runAsGroup: 10001,
            seccompProfile: { type: "RuntimeDefault" },
          },
          containers: [
            {
              name: CONTAINER,
              image: s.runnerImage,
              imagePullPolicy: "IfNotPresent",
              env: [
                { name: "CODE_PATH", value: CODE_PATH },
                { name: "PORT", value: String(RUNNER_PORT) },
                { name: "HOST", value: "0.0.0.0" },
                { name: "APP_ID", value: spec.id },
                { name: "KILN_ENTRYPOINT", value: spec.entrypoint },
              ],
              envFrom: [{ secretRef: { name: n.env } }],
              ports: [{ name: "http", containerPort: RUNNER_PORT, protocol: "TCP" }],
              readinessProbe: probe(2, 2),
              livenessProbe: { ...probe(10, 3), initialDelaySeconds: 10 },
              resources: resources(spec),
              securityContext: {
                allowPrivilegeEscalation: false,
                readOnlyRootFilesystem: true,
                runAsNonRoot: true,
                capabilities: { drop: ["ALL"] },
              },
              volumeMounts: [
                { name: "code", mountPath: CODE_PATH, readOnly: true },
                { name: "tmp", mountPath: "/tmp" },
              ],
            },
          ],
          volumes: [
            {
              name: "code",
              configMap: {
                name: n.code(spec.codeHash),
                items: Object.keys(spec.files).map((file) => ({ key: encodeKey(file), path: file })),
              },
            },
            { name: "tmp", emptyDir: { sizeLimit: "64Mi" } },
          ],
        },
      },
    },
  };
}

function resources(spec: AppSpec) {
  const memory = spec.resources?.memoryMb ? `${spec.resources.memoryMb}Mi` : undefined;
  const cpu = spec.resources?.cpuMillis ? `${spec.resources.cpuMillis}m` : undefined;
  const both = { ...(memory && { memory }), ...(cpu && { cpu }) };
  // Memory is both requested and capped (an app over it is OOMKilled and reported so); CPU is
  // requested, and capped at the same figure so one app cannot starve its neighbours.
  return Object.keys(both).length > 0 ? { requests: both, limits: both } : undefined;
}

/** Which app a labelled object belongs to. */
export function appIdOf(o: { metadata?: { labels?: Record<string, string> } }): string | undefined {
  return o.metadata?.labels?.[APP_ID_LABEL];
}
