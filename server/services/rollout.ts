import { db, type Prisma } from "@/server/db";
import { env } from "@/server/env";
import { getRuntime } from "@/server/runtime";
import type { DeployEvent, DeployFailure } from "@/server/runtime/types";
import { buildAppSpec } from "@/server/services/app-spec";
import { publish } from "@/server/services/deploy-bus";

export interface RolloutRequest {
  appId: string;
  /** The owner's MongoDB database is the app's (PLATFORM_MONGO_URI). */
  ownerId: string;
  slug: string;
  entrypoint: string;
  versionId: string;
  deploymentId: string;
  files: Record<string, string>;
  codeHash: string;
}

const g = globalThis as typeof globalThis & {
  __kilnRollouts?: Map<string, Promise<void>>;
  __kilnAbandon?: Map<string, () => Promise<void>>;
};
g.__kilnRollouts ??= new Map();
const chains: Map<string, Promise<void>> = g.__kilnRollouts;

/**
 * Rollouts of one app run one after another, in the order they were asked for, whichever Kiln
 * replica took them; different apps roll out in parallel.
 */
export function startRollout(r: RolloutRequest): Promise<void> {
  const previous = chains.get(r.appId) ?? Promise.resolve();
  const run = previous
    .then(() => afterEarlierDeployments(r))
    .then(() => rollout(r))
    .catch((e: unknown) => console.error(`[kiln] rollout of ${r.appId} crashed:`, e));
  chains.set(r.appId, run);
  void run.finally(() => {
    if (chains.get(r.appId) === run) chains.delete(r.appId);
  });
  return run;
}

/**
 * Across replicas (the chain above orders rollouts within one): waits while an earlier deployment
 * of the app is unfinished in the database. One that a Kiln left unfinished when it stopped
 * mid-rollout holds nothing up once it is older than any rollout can take.
 */
async function afterEarlierDeployments(r: RolloutRequest): Promise<void> {
  const mine = await db().deployment.findUnique({ where: { id: r.deploymentId }, select: { createdAt: true } });
  if (!mine) return;
  const abandonedAfterMs = 2 * env().KILN_DEPLOY_TIMEOUT * 1000 + 60_000;
  for (;;) {
    const earlier = await db().deployment.findFirst({
      where: {
        appId: r.appId,
        finishedAt: null,
        createdAt: { gt: new Date(Date.now() - abandonedAfterMs) },
        OR: [{ createdAt: { lt: mine.createdAt } }, { createdAt: mine.createdAt, id: { lt: r.deploymentId } }],
      },
      select: { id: true },
    });
    if (!earlier) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

g.__kilnAbandon ??= new Map();
/** deploymentId → records it failed: for rollouts still in flight when this Kiln stops. */
const inFlight: Map<string, () => Promise<void>> = g.__kilnAbandon;

/**
 * Kiln is stopping: every deploy this process is following ends now as failed, so no stream waits
 * for it and the next deploy of the app (on any replica) need not wait for it to go stale.
 */
export async function abandonRollouts(): Promise<void> {
  await Promise.all([...inFlight.values()].map((abandon) => abandon().catch(() => undefined)));
}

/** For tests and shutdown: resolves once no rollout is in flight. */
export async function rolloutsSettled(): Promise<void> {
  await Promise.all([...chains.values()]);
}

async function rollout(r: RolloutRequest): Promise<void> {
  const deployment = await db().deployment.findUnique({ where: { id: r.deploymentId }, select: { events: true } });
  if (!deployment) return; // the app was deleted meanwhile
  const events = deployment.events as unknown as DeployEvent[];
  let ended = false;
  const record = async (event: DeployEvent, status: string, extra: { error?: DeployFailure; finished?: boolean } = {}) => {
    if (ended) return;
    const terminal = extra.finished === true;
    if (terminal) ended = true;
    events.push(event);
    await db().deployment.update({
      where: { id: r.deploymentId },
      data: {
        status,
        events: events as unknown as Prisma.InputJsonValue,
        ...(extra.error && { error: extra.error as unknown as Prisma.InputJsonValue }),
        ...(terminal && { finishedAt: new Date() }),
      },
    });
    publish(r.deploymentId, { seq: events.length - 1, event, terminal });
  };

  const fail = (message: string) => {
    const f: DeployFailure = { kind: "internal", message };
    return record({ ts: new Date().toISOString(), phase: "failed", message, failure: f }, "failed", { error: f, finished: true });
  };
  inFlight.set(r.deploymentId, () => fail("Kiln stopped while this version was rolling out; deploy again"));
  let failure: DeployFailure | undefined;
  try {
    const spec = await buildAppSpec({ id: r.appId, ownerId: r.ownerId, slug: r.slug, entrypoint: r.entrypoint }, r);
    for await (const event of getRuntime().deploy(spec)) {
      if (event.phase === "ready") {
        await db().app.update({
          where: { id: r.appId },
          data: { status: "running", deployedVersionId: r.versionId, lastDeployAt: new Date() },
        });
        await record(event, "ready", { finished: true });
        return;
      }
      if (event.phase === "failed") {
        failure = event.failure ?? { kind: "internal", message: event.message };
        await record(event, "failed", { error: failure, finished: true });
        break;
      }
      await record(event, event.phase === "validating" ? "validating" : "starting");
    }
    if (!ended) {
      failure = { kind: "internal", message: "The runtime ended the deploy without a result" };
      await fail(failure.message);
    }
  } catch (e) {
    failure = { kind: "internal", message: e instanceof Error ? e.message : String(e) };
    await fail(failure.message).catch(() => {});
  } finally {
    inFlight.delete(r.deploymentId);
  }
  // Failed: the previous version (if any) keeps serving; with none, the app is in error.
  const app = await db().app.findUnique({ where: { id: r.appId }, select: { deployedVersionId: true } });
  if (app && !app.deployedVersionId) await db().app.update({ where: { id: r.appId }, data: { status: "error" } });
  else if (app) await db().app.update({ where: { id: r.appId }, data: { status: "running" } });
}
