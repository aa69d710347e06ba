import { codeHash } from "@/lib/code-hash";
import type { DeployInput } from "@/lib/schemas/apps";
import { db, type Prisma, type Tx } from "@/server/db";
import { InvalidCode, NotFound } from "@/server/errors";
import type { DeployEvent, DeployFailure } from "@/server/runtime/types";
import { appFor, type OwnedApp } from "@/server/services/access";
import { assertEntrypoint } from "@/server/services/apps";
import type { CurrentUser } from "@/server/services/auth";
import { followDeployment, type StoredEvents } from "@/server/services/deploy-bus";
import { startRollout } from "@/server/services/rollout";
import { assertStorableFiles, throwForFileErrors, validateCode } from "@/server/services/validation";

export type DeploymentStatus = "pending" | "validating" | "starting" | "ready" | "failed";

function now(): string {
  return new Date().toISOString();
}

/** The current rules (allow-list included) must accept the files, or nothing deploys: 422 with every error. */
export async function assertDeployable(files: Record<string, string>): Promise<void> {
  const result = await validateCode(files);
  throwForFileErrors(result.errors);
  if (!result.ok) {
    const n = result.errors.length;
    throw InvalidCode(`The code has ${n} problem${n === 1 ? "" : "s"}; nothing was deployed`, result.errors);
  }
}

/** A Deployment of `versionId` starting in `validating`; the app shows `deploying` unless it is serving. */
async function createDeployment(tx: Tx, app: OwnedApp, versionId: string, message: string): Promise<string> {
  const validating: DeployEvent = { ts: now(), phase: "validating", message };
  const d = await tx.deployment.create({
    data: { appId: app.id, versionId, status: "validating", events: [validating] as unknown as Prisma.InputJsonValue },
    select: { id: true },
  });
  if (app.status !== "running") await tx.app.update({ where: { id: app.id }, data: { status: "deploying" } });
  return d.id;
}

/** Hands the deployment to the runtime (in the background) and answers with its id. */
function rollOut(app: OwnedApp, versionId: string, deploymentId: string, files: Record<string, string>, codeHash: string) {
  startRollout({
    appId: app.id,
    ownerId: app.ownerId,
    slug: app.slug,
    entrypoint: app.entrypoint,
    versionId,
    deploymentId,
    files,
    codeHash,
  });
  return { deploymentId };
}

/**
 * A new deployment of an existing version (rollback): same files, same code hash, the history
 * keeps its versions; the app serves the old version once it is ready.
 */
export async function redeployVersion(app: OwnedApp, version: { id: string; number: number; files: unknown; codeHash: string }) {
  const files = version.files as Record<string, string>;
  await assertDeployable(files);
  const deploymentId = await db().$transaction((tx) => createDeployment(tx, app, version.id, `Rolling back to version ${version.number}`));
  return rollOut(app, version.id, deploymentId, files, version.codeHash);
}

/** Validate, store an immutable Version and a Deployment, and hand the spec to the runtime. */
export async function deploy(user: CurrentUser, input: DeployInput): Promise<{ deploymentId: string }> {
  const app = await appFor(user, input.id);
  let files = app.draftFiles as Record<string, string>;
  if (input.files) {
    assertEntrypoint(input.files, app.entrypoint);
    await assertStorableFiles(input.files);
    files = input.files;
    await db().app.update({ where: { id: app.id }, data: { draftFiles: files } });
  }
  await assertDeployable(files);
  const hash = await codeHash(files);
  const { versionId, deploymentId } = await db().$transaction(async (tx) => {
    const last = await tx.version.findFirst({ where: { appId: app.id }, orderBy: { number: "desc" }, select: { number: true } });
    const version = await tx.version.create({
      data: { appId: app.id, number: (last?.number ?? 0) + 1, files, codeHash: hash, message: input.message ?? null, createdById: user.id },
      select: { id: true },
    });
    return { versionId: version.id, deploymentId: await createDeployment(tx, app, version.id, "Checking the code") };
  });
  return rollOut(app, versionId, deploymentId, files, hash);
}

const deploymentFields = { id: true, status: true, events: true, error: true, versionId: true, createdAt: true, finishedAt: true } as const;

export async function getDeployment(user: CurrentUser, appId: string, deploymentId: string) {
  const app = await appFor(user, appId);
  const d = await db().deployment.findFirst({ where: { id: deploymentId, appId: app.id }, select: deploymentFields });
  if (!d) throw NotFound("Deployment");
  return {
    id: d.id,
    versionId: d.versionId,
    status: d.status as DeploymentStatus,
    events: d.events as unknown as DeployEvent[],
    error: (d.error ?? null) as DeployFailure | null,
    createdAt: d.createdAt,
    finishedAt: d.finishedAt,
  };
}

/**
 * For the tRPC subscription: access is checked before the stream starts, so a refusal is a
 * proper NOT_FOUND rather than an error in the middle of the stream.
 */
export async function deploymentEventStream(user: CurrentUser, appId: string, deploymentId: string, signal?: AbortSignal) {
  await getDeployment(user, appId, deploymentId);
  return deploymentEvents(user, appId, deploymentId, signal);
}

/**
 * Earlier events first, then live ones, until the deployment is ready or failed. The rollout may
 * run on another Kiln replica: followDeployment then reads its stored events (deploy-bus.ts).
 */
export async function* deploymentEvents(user: CurrentUser, appId: string, deploymentId: string, signal?: AbortSignal) {
  const app = await appFor(user, appId);
  let first = true;
  const read = async (): Promise<StoredEvents | null> => {
    const d = await db().deployment.findFirst({ where: { id: deploymentId, appId: app.id }, select: { status: true, events: true } });
    if (!d && first) throw NotFound("Deployment");
    first = false;
    return d && { events: d.events as unknown as DeployEvent[], finished: d.status === "ready" || d.status === "failed" };
  };
  yield* followDeployment(deploymentId, read, { signal });
}
