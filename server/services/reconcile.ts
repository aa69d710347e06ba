import { db } from "@/server/db";
import { getRuntime } from "@/server/runtime";
import type { DeployEvent, DesiredApp } from "@/server/runtime/types";
import { buildAppSpec } from "@/server/services/app-spec";

const SERVING = ["running", "error", "deploying"];

/**
 * On Kiln start: every app that was serving comes back from its deployed version (the local
 * runtime keeps no state across restarts; on Kubernetes re-applying an unchanged app changes
 * nothing). Resolves once every start has begun, so the gateway holds early requests instead of
 * refusing them; `settled` resolves when all finished.
 */
export async function reconcileApps(): Promise<{ count: number; settled: Promise<{ started: number; failed: number }> }> {
  const apps = await db().app.findMany({
    where: { deployedVersionId: { not: null }, status: { in: SERVING } },
    select: { id: true, ownerId: true, slug: true, entrypoint: true, deployedVersionId: true },
  });
  const runs = await Promise.all(
    apps.map(async (app) => {
      const version = await db().version.findUnique({
        where: { id: app.deployedVersionId ?? "" },
        select: { files: true, codeHash: true },
      });
      if (!version) return Promise.resolve(false);
      const spec = await buildAppSpec(app, { files: version.files as Record<string, string>, codeHash: version.codeHash });
      const events = getRuntime().deploy(spec)[Symbol.asyncIterator]();
      const first = await events.next();
      return finish(app.id, first, events);
    }),
  );
  const settled = Promise.all(runs).then((oks) => ({ started: oks.filter(Boolean).length, failed: oks.filter((ok) => !ok).length }));
  return { count: apps.length, settled };
}

async function finish(appId: string, first: IteratorResult<DeployEvent>, rest: AsyncIterator<DeployEvent>): Promise<boolean> {
  let last = first.done ? undefined : first.value;
  for (let r = await rest.next(); !r.done; r = await rest.next()) last = r.value;
  const ok = last?.phase === "ready";
  await db().app.update({ where: { id: appId }, data: { status: ok ? "running" : "error" } });
  return ok;
}

/**
 * The runtime against the database (runs every minute, and once after start): what deployed apps
 * need and is missing comes back, what belongs to no app goes.
 */
export async function reconcileRuntime() {
  const apps = await db().app.findMany({
    where: { deployedVersionId: { not: null } },
    select: { id: true, ownerId: true, slug: true, entrypoint: true, status: true, deployedVersionId: true },
  });
  const desired: DesiredApp[] = [];
  for (const app of apps) {
    const version = await db().version.findUnique({ where: { id: app.deployedVersionId ?? "" }, select: { files: true, codeHash: true } });
    if (!version) continue;
    const state = SERVING.includes(app.status) ? "serving" : app.status === "sleeping" ? "sleeping" : "stopped";
    desired.push({ spec: await buildAppSpec(app, { files: version.files as Record<string, string>, codeHash: version.codeHash }), state });
  }
  const appIds = async () => (await db().app.findMany({ select: { id: true } })).map((a) => a.id);
  return getRuntime().reconcile({ desired, appIds });
}

/** Reconciles every `everyMs` until the returned stop is called; a failed round is logged, not fatal. */
export function startReconcileLoop(everyMs = 60_000): () => void {
  let running = false;
  const round = async () => {
    if (running) return;
    running = true;
    try {
      const r = await reconcileRuntime();
      if (r.recreated.length + r.removedOrphans.length > 0) {
        console.log(`[kiln] reconcile: recreated ${r.recreated.length} app(s), removed ${r.removedOrphans.length} orphan(s)`);
      }
    } catch (err) {
      console.error("[kiln] reconcile failed:", err instanceof Error ? err.message : err);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void round(), everyMs);
  timer.unref();
  void round();
  return () => clearInterval(timer);
}
