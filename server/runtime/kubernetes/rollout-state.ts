/**
 * Reads a rollout from the Deployment, its ReplicaSets and pods (pure: no cluster calls).
 * Only pods of the *new* ReplicaSet count: an old pod that is still ready during a rollout says
 * nothing about the version being deployed.
 */
import type { V1Deployment, V1Pod, V1ReplicaSet } from "@kubernetes/client-node";

export const REVISION = "deployment.kubernetes.io/revision";

/** The steps a deploy goes through, in order; each is reported once. */
export type Milestone = "scheduled" | "pulling" | "started" | "ready";

export interface FailureReading {
  kind: "crash" | "oom" | "image" | "unschedulable" | "config" | "timeout" | "rejected";
  message: string;
  /** The pod whose logs explain it (for the last lines). */
  pod?: string;
  /** Whether the container ran before (its previous logs hold the crash). */
  restarted?: boolean;
}

export interface RolloutReading {
  /** The ReplicaSet of the current template, once the controller has made it. */
  newReplicaSet?: V1ReplicaSet;
  newPods: V1Pod[];
  reached: Partial<Record<Milestone, string>>;
  failure?: FailureReading;
}

export function newReplicaSetOf(dep: V1Deployment, sets: V1ReplicaSet[]): V1ReplicaSet | undefined {
  const revision = dep.metadata?.annotations?.[REVISION];
  if (!revision || (dep.status?.observedGeneration ?? 0) < (dep.metadata?.generation ?? 0)) return undefined;
  return sets.find((rs) => rs.metadata?.annotations?.[REVISION] === revision && rs.metadata?.deletionTimestamp === undefined);
}

export function readRollout(dep: V1Deployment, sets: V1ReplicaSet[], pods: V1Pod[]): RolloutReading {
  const rs = newReplicaSetOf(dep, sets);
  const hash = rs?.metadata?.labels?.["pod-template-hash"];
  const newPods = hash ? pods.filter((p) => p.metadata?.labels?.["pod-template-hash"] === hash && !p.metadata?.deletionTimestamp) : [];
  const reading: RolloutReading = { newReplicaSet: rs, newPods, reached: {} };
  for (const pod of newPods) {
    const name = pod.metadata?.name ?? "pod";
    const scheduled = pod.status?.conditions?.find((c) => c.type === "PodScheduled");
    if (scheduled?.status === "True") reading.reached.scheduled ??= `Pod ${name} scheduled on ${pod.spec?.nodeName ?? "a node"}`;
    const container = pod.status?.containerStatuses?.[0];
    const waiting = container?.state?.waiting?.reason;
    if (scheduled?.status === "True" && (waiting === "ContainerCreating" || waiting === "PodInitializing" || container)) {
      reading.reached.pulling ??= `Pulling the runner image ${pod.spec?.containers?.[0]?.image ?? ""} (cached images start at once)`.trim();
    }
    if (container?.state?.running) reading.reached.started ??= `Container started in ${name}; waiting for the readiness probe`;
    reading.failure ??= podFailure(pod);
  }
  const wanted = dep.spec?.replicas ?? 1;
  if (rs && wanted > 0 && (rs.status?.readyReplicas ?? 0) >= wanted && newPods.some(isReady)) {
    reading.reached.ready = `Pod ${newPods.find(isReady)?.metadata?.name} of the new version is ready`;
  }
  reading.failure ??= replicaSetFailure(rs) ?? deploymentFailure(dep);
  return reading;
}

export function isReady(pod: V1Pod): boolean {
  return pod.status?.conditions?.some((c) => c.type === "Ready" && c.status === "True") ?? false;
}

const IMAGE_REASONS = new Set(["ImagePullBackOff", "ErrImagePull", "InvalidImageName", "ErrImageNeverPull"]);
const CONFIG_REASONS = new Set(["CreateContainerConfigError", "CreateContainerError", "RunContainerError"]);

/** Why a pod cannot become ready, if that is already certain. */
export function podFailure(pod: V1Pod): FailureReading | undefined {
  const name = pod.metadata?.name;
  const scheduled = pod.status?.conditions?.find((c) => c.type === "PodScheduled");
  if (scheduled?.status === "False" && scheduled.reason === "Unschedulable") {
    return { kind: "unschedulable", message: `No node can run the app: ${scheduled.message ?? "unschedulable"}`, pod: name };
  }
  const c = pod.status?.containerStatuses?.[0];
  if (!c) return pod.status?.phase === "Failed" ? { kind: "crash", message: pod.status.message ?? "The pod failed", pod: name } : undefined;
  const last = c.lastState?.terminated;
  const now = c.state?.terminated;
  if (now?.reason === "OOMKilled" || (last?.reason === "OOMKilled" && c.state?.waiting?.reason === "CrashLoopBackOff")) {
    return {
      kind: "oom",
      message: "The app ran out of memory (OOMKilled); raise the memory limit or use less",
      pod: name,
      restarted: !now,
    };
  }
  const waiting = c.state?.waiting;
  if (waiting?.reason === "CrashLoopBackOff") {
    const exit = last?.exitCode !== undefined ? ` (exit code ${last.exitCode})` : "";
    return { kind: "crash", message: `The app keeps crashing on start${exit}: CrashLoopBackOff`, pod: name, restarted: true };
  }
  if (waiting?.reason && IMAGE_REASONS.has(waiting.reason)) {
    return { kind: "image", message: `The runner image cannot be pulled (${waiting.reason}): ${waiting.message ?? ""}`.trim(), pod: name };
  }
  if (waiting?.reason && CONFIG_REASONS.has(waiting.reason)) {
    return { kind: "config", message: `The container cannot start (${waiting.reason}): ${waiting.message ?? ""}`.trim(), pod: name };
  }
  if (now && now.exitCode !== 0 && pod.spec?.restartPolicy === "Never") {
    return { kind: "crash", message: `The app exited with code ${now.exitCode}`, pod: name };
  }
  return undefined;
}

function replicaSetFailure(rs: V1ReplicaSet | undefined): FailureReading | undefined {
  const c = rs?.status?.conditions?.find((x) => x.type === "ReplicaFailure" && x.status === "True");
  return c ? { kind: "rejected", message: `The cluster refused the app's pod: ${c.message ?? c.reason ?? "ReplicaFailure"}` } : undefined;
}

function deploymentFailure(dep: V1Deployment): FailureReading | undefined {
  const c = dep.status?.conditions?.find((x) => x.type === "Progressing");
  if (c?.status === "False" && c.reason === "ProgressDeadlineExceeded") {
    return { kind: "timeout", message: `The rollout made no progress in time: ${c.message ?? ""}`.trim() };
  }
  return undefined;
}
