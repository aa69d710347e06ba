import { db } from "@/server/db";
import { getRuntime } from "@/server/runtime";
import type { DeployEvent } from "@/server/runtime/types";
import { resolvedEnv } from "@/server/services/env-vars";
import { getSettings } from "@/server/services/settings";
import { appMongoUri } from "@/server/services/user-mongo";

/**
 * On Kiln start: every app that was serving comes back from its deployed version (the runtime
 * keeps no state of its own across restarts). Resolves once every start has begun, so the
 * gateway holds early requests instead of refusing them; `settled` resolves when all finished.
 */
export async function reconcileApps(): Promise<{ count: number; settled: Promise<{ started: number; failed: number }> }> {
  const apps = await db().app.findMany({
    where: { deployedVersionId: { not: null }, status: { in: ["running", "error", "deploying"] } },
    select: { id: true, ownerId: true, slug: true, entrypoint: true, deployedVersionId: true },
  });
  const runs = await Promise.all(
    apps.map(async (app) => {
      const version = await db().version.findUnique({
        where: { id: app.deployedVersionId ?? "" },
        select: { files: true, codeHash: true },
      });
      if (!version) return Promise.resolve(false);
      const events = getRuntime()
        .deploy({
          id: app.id,
          slug: app.slug,
          entrypoint: app.entrypoint,
          files: version.files as Record<string, string>,
          env: await resolvedEnv(app.id),
          mongoUri: await appMongoUri(app.ownerId),
          resources: (await getSettings()).defaultResources,
          codeHash: version.codeHash,
        })
        [Symbol.asyncIterator]();
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
