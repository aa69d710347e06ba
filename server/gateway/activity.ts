/**
 * What the gateway records about app traffic (#8), in the database so every Kiln replica sees the
 * same thing: `lastRequestAt` (what the idle sleeper reads), written at most once per app per
 * THROTTLE_MS whichever replica served the requests, and the status going back to "running"
 * when a request woke a sleeping app (or "error" when the wake failed).
 *
 * App.updatedAt means "the app was edited" (the app list sorts by it): traffic leaves it as it was.
 */
import { db } from "@/server/db";
import { markAwake, markWakeFailed } from "@/server/services/app-sleep";

export const THROTTLE_MS = 10_000;

export interface Activity {
  /** A request is being proxied to the app; `woke`: the app was asleep in the database. */
  request(appId: string, info?: { woke?: boolean }): void;
  wakeFailed(appId: string): void;
}

export function createActivity(throttleMs = THROTTLE_MS): Activity {
  // This replica's own last write per app: spares the database a read for every request.
  const checked = new Map<string, number>();
  const waking = new Set<string>();
  const report = (what: string) => (err: unknown) =>
    console.error(`[kiln] gateway could not record ${what}:`, err instanceof Error ? err.message : err);

  async function touch(appId: string, now: Date): Promise<void> {
    const stale = new Date(now.getTime() - throttleMs);
    const row = await db().app.findUnique({ where: { id: appId }, select: { lastRequestAt: true, updatedAt: true } });
    // Gone, or another replica wrote it recently enough.
    if (!row || (row.lastRequestAt && row.lastRequestAt >= stale)) return;
    // Conditional: of two replicas racing, the first writes and the second finds it fresh.
    await db().app.updateMany({
      where: { id: appId, OR: [{ lastRequestAt: null }, { lastRequestAt: { lt: stale } }] },
      data: { lastRequestAt: now, updatedAt: row.updatedAt },
    });
  }

  return {
    request(appId, info = {}) {
      const now = Date.now();
      if (info.woke && !waking.has(appId)) {
        // The requests that shared one wake all say so: one write is enough.
        waking.add(appId);
        void markAwake(appId)
          .catch(report("a wake"))
          .finally(() => waking.delete(appId));
      }
      if (!info.woke && now - (checked.get(appId) ?? 0) < throttleMs) return;
      checked.set(appId, now);
      void touch(appId, new Date(now)).catch(report("a request time"));
    },
    wakeFailed(appId) {
      void markWakeFailed(appId).catch(report("a failed wake"));
    },
  };
}
