/**
 * Request-log retention where a TTL index could not be created: Kiln itself deletes records
 * older than 7 days from those databases, once when a database is registered and then hourly.
 */
import "server-only";
import { platformMongo } from "@/server/mongo/client";
import { connectionProblem } from "@/server/mongo/errors";

export const REQUEST_LOG_RETENTION_MS = 7 * 24 * 3600_000;
const PRUNE_EVERY_MS = 3600_000;

interface Pruner {
  databases: Set<string>;
  timer?: NodeJS.Timeout;
}
const g = globalThis as typeof globalThis & { __kilnLogPruner?: Pruner };
g.__kilnLogPruner ??= { databases: new Set() };
const pruner: Pruner = g.__kilnLogPruner;

/** Deletes expired records in one database; returns how many. */
export async function pruneRequestLogs(database: string, collection: string, now = Date.now()): Promise<number> {
  const res = await (await platformMongo())
    .db(database)
    .collection(collection)
    .deleteMany({ ts: { $lt: new Date(now - REQUEST_LOG_RETENTION_MS) } });
  return res.deletedCount;
}

async function pruneQuietly(database: string, collection: string): Promise<void> {
  try {
    await pruneRequestLogs(database, collection);
  } catch (e) {
    // The next round tries again; one line, in Kiln's own words only.
    console.warn(`[kiln] pruning old request logs in ${database} failed: ${connectionProblem(e) ?? (e as Error).name}`);
  }
}

export function schedulePruning(database: string, collection: string): void {
  if (pruner.databases.has(database)) return;
  pruner.databases.add(database);
  void pruneQuietly(database, collection);
  pruner.timer ??= setInterval(() => {
    for (const db of pruner.databases) void pruneQuietly(db, collection);
  }, PRUNE_EVERY_MS).unref();
}

export function unschedulePruning(database: string): void {
  pruner.databases.delete(database);
}

export function prunedDatabases(): string[] {
  return [...pruner.databases];
}
