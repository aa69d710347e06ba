import { windowAccumulator } from "@/lib/metrics/summarize";
import { windowRange } from "@/lib/metrics/windows";
import type { MetricsInput } from "@/lib/schemas/app-data";
import { withMongo } from "@/server/mongo/health";
import { droppedCount, requestSamples } from "@/server/mongo/request-logs";
import { appFor } from "@/server/services/access";
import type { CurrentUser } from "@/server/services/auth";
import { userDatabase } from "@/server/services/user-mongo";

/**
 * Count, 5xx share and latency percentiles (nearest rank, lib/metrics/percentile.ts) over a
 * window, and the same per bucket; computed here from the raw records, so they are exact.
 */
export async function appMetrics(user: CurrentUser, input: MetricsInput) {
  const app = await appFor(user, input.id);
  const userDb = await userDatabase(app.ownerId);
  const range = windowRange(input.window, Date.now());
  return withMongo("computing metrics", async () => {
    const acc = windowAccumulator(range);
    const [dropped] = await Promise.all([
      droppedCount(userDb, app.id, range.from, range.to),
      (async () => {
        for await (const s of requestSamples(userDb, [app.id], range.from, range.to)) acc.add(s);
      })(),
    ]);
    const { count, errorRate, p50Ms, p95Ms, series } = acc.result();
    return {
      window: input.window,
      from: new Date(range.from),
      to: new Date(range.to),
      bucketMs: range.bucketMs,
      count,
      errorRate,
      p50Ms,
      p95Ms,
      dropped,
      series,
    };
  });
}
