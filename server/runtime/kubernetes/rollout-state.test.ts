import type {
  V1ContainerStatus,
  V1Deployment,
  V1DeploymentCondition,
  V1Pod,
  V1PodCondition,
  V1ReplicaSet,
  V1ReplicaSetCondition,
} from "@kubernetes/client-node";
import { describe, expect, it } from "vitest";
import { isReady, newReplicaSetOf, podFailure, REVISION, readRollout } from "@/server/runtime/kubernetes/rollout-state";

// Fixtures shaped like what the API server returns for a Deployment mid-rollout: revision 1 (old, hash
// "old5c8f9d") is serving, revision 2 (new, hash "new7b6d4c") is coming up.
const OLD = { revision: "1", hash: "old5c8f9d" };
const NEW = { revision: "2", hash: "new7b6d4c" };

function makeDeployment(
  o: { revision?: string; generation?: number; observedGeneration?: number; replicas?: number; conditions?: V1DeploymentCondition[] } = {},
): V1Deployment {
  const revision = "revision" in o ? o.revision : NEW.revision;
  return {
    metadata: {
      name: "kiln-app-a1",
      generation: o.generation ?? 2,
      annotations: revision ? { [REVISION]: revision } : {},
    },
    spec: { replicas: o.replicas ?? 1, selector: { matchLabels: { "kiln.dev/app-id": "a1" } }, template: {} },
    // Mid-rollout the old pod still counts: the Deployment as a whole has a ready, available replica.
    status: {
      observedGeneration: o.observedGeneration ?? o.generation ?? 2,
      replicas: 2,
      readyReplicas: 1,
      availableReplicas: 1,
      updatedReplicas: 1,
      conditions: o.conditions,
    },
  };
}

function makeReplicaSet(
  v: { revision: string; hash: string },
  o: { readyReplicas?: number; deleting?: boolean; conditions?: V1ReplicaSetCondition[] } = {},
): V1ReplicaSet {
  return {
    metadata: {
      name: `kiln-app-a1-${v.hash}`,
      annotations: { [REVISION]: v.revision },
      labels: { "kiln.dev/app-id": "a1", "pod-template-hash": v.hash },
      ...(o.deleting && { deletionTimestamp: new Date("2026-11-23T18:00:00Z") }),
    },
    spec: { selector: { matchLabels: { "kiln.dev/app-id": "a1", "pod-template-hash": v.hash } } },
    status: { replicas: 1, readyReplicas: o.readyReplicas ?? 0, conditions: o.conditions },
  };
}

const condition = (type: string, status: "True" | "False", extra: Partial<V1PodCondition> = {}): V1PodCondition => ({
  type,
  status,
  ...extra,
});
const scheduled = condition("PodScheduled", "True");
const ready = condition("Ready", "True");
const notReady = condition("Ready", "False", { reason: "ContainersNotReady" });

function makePod(
  name: string,
  v: { hash: string },
  o: { conditions?: V1PodCondition[]; container?: Partial<V1ContainerStatus>; phase?: string; message?: string; deleting?: boolean } = {},
): V1Pod {
  return {
    metadata: {
      name,
      labels: { "kiln.dev/app-id": "a1", "pod-template-hash": v.hash },
      ...(o.deleting && { deletionTimestamp: new Date("2026-11-23T18:00:00Z") }),
    },
    spec: { nodeName: "node-1", containers: [{ name: "app", image: "kiln-runner:0.1.0" }], restartPolicy: "Always" },
    status: {
      phase: o.phase ?? "Pending",
      message: o.message,
      conditions: o.conditions ?? [],
      containerStatuses: o.container
        ? [{ name: "app", image: "kiln-runner:0.1.0", imageID: "", ready: false, restartCount: 0, ...o.container }]
        : undefined,
    },
  };
}

const running = { state: { running: { startedAt: new Date("2026-11-23T18:00:05Z") } } };
const oldReadyPod = makePod("kiln-app-a1-old5c8f9d-aaaaa", OLD, {
  phase: "Running",
  conditions: [scheduled, ready],
  container: { ...running, ready: true },
});
const oldSets = () => [makeReplicaSet(OLD, { readyReplicas: 1 }), makeReplicaSet(NEW)];

describe("newReplicaSetOf", () => {
  it("picks the ReplicaSet of the Deployment's revision", () => {
    expect(newReplicaSetOf(makeDeployment(), oldSets())?.metadata?.name).toBe(`kiln-app-a1-${NEW.hash}`);
    expect(newReplicaSetOf(makeDeployment({ revision: "1" }), oldSets())?.metadata?.name).toBe(`kiln-app-a1-${OLD.hash}`);
  });

  it("waits while the controller has not seen the latest generation", () => {
    // The revision annotation still names the old ReplicaSet until the controller catches up.
    const dep = makeDeployment({ revision: "1", generation: 3, observedGeneration: 2 });
    expect(newReplicaSetOf(dep, oldSets())).toBeUndefined();
  });

  it("has none before the controller set a revision, or when it is being deleted", () => {
    expect(newReplicaSetOf(makeDeployment({ revision: undefined }), oldSets())).toBeUndefined();
    expect(newReplicaSetOf(makeDeployment(), [makeReplicaSet(OLD), makeReplicaSet(NEW, { deleting: true })])).toBeUndefined();
    expect(newReplicaSetOf(makeDeployment(), [makeReplicaSet(OLD)])).toBeUndefined();
  });
});

describe("readRollout", () => {
  it("counts only pods of the new ReplicaSet", () => {
    const newPod = makePod("kiln-app-a1-new7b6d4c-bbbbb", NEW, {
      conditions: [scheduled],
      container: { state: { waiting: { reason: "ContainerCreating" } } },
    });
    const r = readRollout(makeDeployment(), oldSets(), [oldReadyPod, newPod]);
    expect(r.newReplicaSet?.metadata?.name).toBe(`kiln-app-a1-${NEW.hash}`);
    expect(r.newPods.map((p) => p.metadata?.name)).toEqual(["kiln-app-a1-new7b6d4c-bbbbb"]);
  });

  it("is not ready because an OLD pod is ready", () => {
    const newPod = makePod("kiln-app-a1-new7b6d4c-bbbbb", NEW, { phase: "Running", conditions: [scheduled, notReady], container: running });
    const r = readRollout(makeDeployment(), oldSets(), [oldReadyPod, newPod]);
    expect(r.reached.ready).toBeUndefined();
    expect(r.failure).toBeUndefined();
  });

  it("is not ready while the controller has not seen the new generation, even with a ready pod", () => {
    const dep = makeDeployment({ revision: "1", generation: 3, observedGeneration: 2 });
    const r = readRollout(dep, oldSets(), [oldReadyPod]);
    expect(r.newReplicaSet).toBeUndefined();
    expect(r.newPods).toEqual([]);
    expect(r.reached).toEqual({});
  });

  it("reports no milestone for a pod that is not scheduled yet", () => {
    const r = readRollout(makeDeployment(), oldSets(), [makePod("kiln-app-a1-new7b6d4c-bbbbb", NEW)]);
    expect(r.reached).toEqual({});
    expect(r.failure).toBeUndefined();
  });

  it("reaches scheduled and pulling while the container is being created", () => {
    const pod = makePod("kiln-app-a1-new7b6d4c-bbbbb", NEW, {
      conditions: [scheduled],
      container: { state: { waiting: { reason: "ContainerCreating" } } },
    });
    const r = readRollout(makeDeployment(), oldSets(), [pod]);
    expect(Object.keys(r.reached).sort()).toEqual(["pulling", "scheduled"]);
    expect(r.reached.scheduled).toContain("kiln-app-a1-new7b6d4c-bbbbb");
    expect(r.reached.scheduled).toContain("node-1");
    expect(r.reached.pulling).toContain("kiln-runner:0.1.0");
  });

  it("reaches started once the container runs, ready once the pod and the ReplicaSet are", () => {
    const startedPod = makePod("kiln-app-a1-new7b6d4c-bbbbb", NEW, {
      phase: "Running",
      conditions: [scheduled, notReady],
      container: running,
    });
    const started = readRollout(makeDeployment(), oldSets(), [oldReadyPod, startedPod]);
    expect(Object.keys(started.reached).sort()).toEqual(["pulling", "scheduled", "started"]);
    expect(started.reached.started).toContain("kiln-app-a1-new7b6d4c-bbbbb");

    const readyPod = makePod("kiln-app-a1-new7b6d4c-bbbbb", NEW, {
      phase: "Running",
      conditions: [scheduled, ready],
      container: { ...running, ready: true },
    });
    const sets = [makeReplicaSet(OLD, { readyReplicas: 1 }), makeReplicaSet(NEW, { readyReplicas: 1 })];
    const done = readRollout(makeDeployment(), sets, [oldReadyPod, readyPod]);
    expect(Object.keys(done.reached).sort()).toEqual(["pulling", "ready", "scheduled", "started"]);
    expect(done.reached.ready).toContain("kiln-app-a1-new7b6d4c-bbbbb");
    expect(done.failure).toBeUndefined();
  });

  it("is not ready before the ReplicaSet counts the pod ready", () => {
    const readyPod = makePod("kiln-app-a1-new7b6d4c-bbbbb", NEW, {
      phase: "Running",
      conditions: [scheduled, ready],
      container: { ...running, ready: true },
    });
    expect(readRollout(makeDeployment(), oldSets(), [readyPod]).reached.ready).toBeUndefined();
  });

  it("ignores a new pod that is being deleted", () => {
    const gone = makePod("kiln-app-a1-new7b6d4c-ccccc", NEW, { conditions: [scheduled], container: running, deleting: true });
    const r = readRollout(makeDeployment(), oldSets(), [gone]);
    expect(r.newPods).toEqual([]);
    expect(r.reached).toEqual({});
  });

  it("ignores failures of OLD pods", () => {
    const oldCrashing = makePod("kiln-app-a1-old5c8f9d-aaaaa", OLD, {
      conditions: [scheduled],
      container: { state: { waiting: { reason: "CrashLoopBackOff" } }, lastState: { terminated: { exitCode: 1, reason: "Error" } } },
    });
    expect(readRollout(makeDeployment(), oldSets(), [oldCrashing]).failure).toBeUndefined();
  });
});

describe("failures", () => {
  const rollout = (container: Partial<V1ContainerStatus>, conditions = [scheduled]) =>
    readRollout(makeDeployment(), oldSets(), [oldReadyPod, makePod("kiln-app-a1-new7b6d4c-bbbbb", NEW, { conditions, container })]);

  it("CrashLoopBackOff → crash, with the exit code", () => {
    const r = rollout({
      restartCount: 3,
      state: { waiting: { reason: "CrashLoopBackOff", message: "back-off 40s restarting failed container" } },
      lastState: { terminated: { exitCode: 3, reason: "Error" } },
    });
    expect(r.failure).toMatchObject({ kind: "crash", pod: "kiln-app-a1-new7b6d4c-bbbbb", restarted: true });
    expect(r.failure?.message).toContain("exit code 3");
  });

  it("OOMKilled last time + CrashLoopBackOff → oom", () => {
    const r = rollout({
      restartCount: 2,
      state: { waiting: { reason: "CrashLoopBackOff" } },
      lastState: { terminated: { exitCode: 137, reason: "OOMKilled" } },
    });
    expect(r.failure).toMatchObject({ kind: "oom", pod: "kiln-app-a1-new7b6d4c-bbbbb", restarted: true });
    expect(r.failure?.message).toMatch(/memory/);
  });

  it("OOMKilled right now → oom", () => {
    const r = rollout({ state: { terminated: { exitCode: 137, reason: "OOMKilled" } } });
    expect(r.failure).toMatchObject({ kind: "oom", restarted: false });
  });

  it.each(["ImagePullBackOff", "ErrImagePull", "InvalidImageName"])("%s → image", (reason) => {
    const r = rollout({ state: { waiting: { reason, message: 'Back-off pulling image "kiln-runner:0.1.0"' } } });
    expect(r.failure).toMatchObject({ kind: "image", pod: "kiln-app-a1-new7b6d4c-bbbbb" });
    expect(r.failure?.message).toContain(reason);
    expect(r.failure?.message).toContain("kiln-runner:0.1.0");
  });

  it("CreateContainerConfigError → config", () => {
    const r = rollout({ state: { waiting: { reason: "CreateContainerConfigError", message: 'secret "kiln-app-a1-env" not found' } } });
    expect(r.failure).toMatchObject({ kind: "config" });
    expect(r.failure?.message).toContain("kiln-app-a1-env");
  });

  it("PodScheduled False Unschedulable → unschedulable, with the scheduler's reason", () => {
    const message = "0/3 nodes are available: 3 Insufficient memory.";
    const pod = makePod("kiln-app-a1-new7b6d4c-bbbbb", NEW, {
      conditions: [condition("PodScheduled", "False", { reason: "Unschedulable", message })],
    });
    const r = readRollout(makeDeployment(), oldSets(), [oldReadyPod, pod]);
    expect(r.failure).toMatchObject({ kind: "unschedulable", pod: "kiln-app-a1-new7b6d4c-bbbbb" });
    expect(r.failure?.message).toContain(message);
    expect(r.reached).toEqual({});
  });

  it("ReplicaFailure on the new ReplicaSet → rejected", () => {
    const message = 'pods "kiln-app-a1-new7b6d4c-x" is forbidden: exceeded quota: apps, requested: memory=256Mi';
    const sets = [
      makeReplicaSet(OLD, { readyReplicas: 1 }),
      makeReplicaSet(NEW, { conditions: [{ type: "ReplicaFailure", status: "True", reason: "FailedCreate", message }] }),
    ];
    const r = readRollout(makeDeployment(), sets, [oldReadyPod]);
    expect(r.failure).toMatchObject({ kind: "rejected" });
    expect(r.failure?.message).toContain("exceeded quota");
  });

  it("ProgressDeadlineExceeded → timeout", () => {
    const message = 'ReplicaSet "kiln-app-a1-new7b6d4c" has timed out progressing.';
    const dep = makeDeployment({ conditions: [{ type: "Progressing", status: "False", reason: "ProgressDeadlineExceeded", message }] });
    const r = readRollout(dep, oldSets(), [oldReadyPod]);
    expect(r.failure).toMatchObject({ kind: "timeout" });
    expect(r.failure?.message).toContain(message);
  });

  it("is no failure while the rollout progresses", () => {
    const dep = makeDeployment({ conditions: [{ type: "Progressing", status: "True", reason: "ReplicaSetUpdated" }] });
    expect(readRollout(dep, oldSets(), [oldReadyPod]).failure).toBeUndefined();
    expect(rollout({ state: { waiting: { reason: "ContainerCreating" } } }).failure).toBeUndefined();
    expect(rollout(running).failure).toBeUndefined();
  });

  it("names the pod's own failure before the Deployment's timeout", () => {
    const dep = makeDeployment({ conditions: [{ type: "Progressing", status: "False", reason: "ProgressDeadlineExceeded" }] });
    const pod = makePod("kiln-app-a1-new7b6d4c-bbbbb", NEW, {
      conditions: [scheduled],
      container: { state: { waiting: { reason: "CrashLoopBackOff" } }, lastState: { terminated: { exitCode: 1, reason: "Error" } } },
    });
    expect(readRollout(dep, oldSets(), [pod]).failure?.kind).toBe("crash");
  });
});

describe("podFailure / isReady", () => {
  it("reads a failed pod without container statuses as a crash", () => {
    const pod = makePod("p", NEW, { phase: "Failed", message: "Pod was rejected: node out of resources" });
    expect(podFailure(pod)).toMatchObject({ kind: "crash", message: "Pod was rejected: node out of resources", pod: "p" });
  });

  it("sees readiness in the Ready condition only", () => {
    expect(isReady(oldReadyPod)).toBe(true);
    expect(isReady(makePod("p", NEW, { conditions: [scheduled, notReady], container: running }))).toBe(false);
    expect(isReady({})).toBe(false);
  });
});
