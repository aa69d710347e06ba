import { isServerError, summarize } from "@/lib/metrics/summarize";
import { windowRange } from "@/lib/metrics/windows";
import { db } from "@/server/db";
import { DomainError } from "@/server/errors";
import { type MongoState, mongoStatus, withMongo } from "@/server/mongo/health";
import { requestSamples } from "@/server/mongo/request-logs";
import type { CurrentUser } from "@/server/services/auth";
import { userDatabase } from "@/server/services/user-mongo";

export interface AppStats {
  requests24h: number;
  errorRate24h: number;
  p95Ms24h: number | null;
}

/**
 * Last-24-hours figures for each of the caller's apps (the apps list). Never fails for lack of
 * MongoDB: the list shows without figures and `mongo` says why.
 */
export async function appListStats(user: CurrentUser): Promise<{ stats: Record<string, AppStats>; mongo: MongoState }> {
  const status = await mongoStatus();
  if (status.state !== "up") return { stats: {}, mongo: status.state };
  const apps = await db().app.findMany({ where: { ownerId: user.id }, select: { id: true } });
  if (apps.length === 0) return { stats: {}, mongo: "up" };
  const ids = apps.map((a) => a.id);
  try {
    const userDb = await userDatabase(user.id);
    const range = windowRange("24h", Date.now());
    const perApp = new Map(ids.map((id) => [id, { durations: [] as number[], errors: 0 }]));
    await withMongo("reading request logs", async () => {
      for await (const s of requestSamples(userDb, ids, range.from, range.to)) {
        const acc = perApp.get(s.appId);
        if (!acc) continue;
        acc.durations.push(s.durationMs);
        if (isServerError(s.status)) acc.errors++;
      }
    });
    const stats: Record<string, AppStats> = {};
    for (const [id, acc] of perApp) {
      const s = summarize(acc.durations, acc.errors);
      stats[id] = { requests24h: s.count, errorRate24h: s.errorRate, p95Ms24h: s.p95Ms };
    }
    return { stats, mongo: "up" };
  } catch (e) {
    if (e instanceof DomainError && e.code === "UNAVAILABLE") return { stats: {}, mongo: (await mongoStatus()).state };
    throw e;
  }
}
