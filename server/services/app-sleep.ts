/**
 * Sleep and wake (#8). A sleeping app keeps everything but its process (local) or pods
 * (Kubernetes); the gateway wakes it on its next request, or its owner does with POST /wake.
 * The database's status follows: "sleeping" once asleep, "running" again once awake.
 */
import { db } from "@/server/db";
import { Conflict } from "@/server/errors";
import { getRuntime } from "@/server/runtime";
import { appFor } from "@/server/services/access";
import { toAppView } from "@/server/services/app-view";
import type { CurrentUser } from "@/server/services/auth";

/** Statuses an app may be put to sleep from. */
const SLEEPABLE = ["running", "error", "sleeping"];

/**
 * Put an app to sleep. `idleSince`: only if it still has had no request since then (the sleeper's
 * claim: a request arriving meanwhile, seen by any replica, wins). True when this call put it to sleep.
 */
export async function putToSleep(appId: string, claim: { idleSince?: Date } = {}): Promise<boolean> {
  const idle = claim.idleSince && { OR: [{ lastRequestAt: null }, { lastRequestAt: { lt: claim.idleSince } }] };
  const { count } = await db().app.updateMany({
    where: { id: appId, status: { in: SLEEPABLE }, ...idle },
    data: { status: "sleeping" },
  });
  if (count === 0) return false;
  await getRuntime().sleep(appId);
  return true;
}

/** The app serves again: its stored status says so (a no-op unless it was sleeping or in error). */
export async function markAwake(appId: string): Promise<void> {
  await db().app.updateMany({ where: { id: appId, status: { in: ["sleeping", "error"] } }, data: { status: "running" } });
}

/** A wake that failed (the app crashed on start): the stored status says error. */
export async function markWakeFailed(appId: string): Promise<void> {
  await db().app.updateMany({ where: { id: appId, status: "sleeping" }, data: { status: "error" } });
}

async function deployedApp(user: CurrentUser, id: string) {
  const app = await appFor(user, id);
  if (!app.deployedVersionId) throw Conflict("The app is not deployed yet; deploy it first");
  if (app.status === "deploying") throw Conflict("The app is being deployed; try again when the deploy has finished");
  if (app.status === "stopped") throw Conflict("The app is stopped");
  return app;
}

export async function sleepApp(user: CurrentUser, id: string) {
  const app = await deployedApp(user, id);
  await putToSleep(app.id);
  return toAppView(await appFor(user, app.id));
}

/** Wakes the app and answers once it serves (or with the runtime's 503 when it cannot start). */
export async function wakeApp(user: CurrentUser, id: string) {
  const app = await deployedApp(user, id);
  try {
    await getRuntime().endpoint(app.id);
  } catch (err) {
    await markWakeFailed(app.id);
    throw err;
  }
  await markAwake(app.id);
  return toAppView(await appFor(user, app.id));
}
