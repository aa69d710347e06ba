/**
 * `data.collections` and `data.count`: a database's collections with document counts (the
 * fast metadata estimate) and storage sizes, and an exact count on request. Read-only:
 * listCollections, estimatedDocumentCount / countDocuments, collStats ($collStats as fallback).
 */
import "server-only";
import type { Db, CollectionInfo as MongoCollectionInfo } from "mongodb";
import type { CollectionInfo, DataCollectionsInput, DataCollectionsOutput, DataCountInput, DataCountOutput } from "@/lib/schemas/data";
import { NotFound } from "@/server/errors";
import { databaseFor } from "@/server/explorer/access";
import { explorerMaxTimeMS, withExplorer } from "@/server/explorer/client";
import { mapLimit } from "@/server/explorer/concurrency";
import { num } from "@/server/explorer/databases";
import { filterOf } from "@/server/explorer/query-input";
import { connectionProblem } from "@/server/mongo/errors";
import type { CurrentUser } from "@/server/services/auth";

const STATS_CONCURRENCY = 8;

/** Kiln's own (`_platform_*`) and MongoDB's (`system.*`) collections. */
export const isInternal = (name: string) => name.startsWith("_platform_") || name.startsWith("system.");

/** Storage size from collStats, else $collStats; null when the server says neither. */
async function storageSize(database: Db, name: string): Promise<number | null> {
  try {
    const s = await database.command({ collStats: name, scale: 1, maxTimeMS: explorerMaxTimeMS() });
    const size = num(s.storageSize);
    if (size !== null) return size;
  } catch (e) {
    if (connectionProblem(e)) throw e;
  }
  try {
    const [s] = await database
      .collection(name)
      .aggregate([{ $collStats: { storageStats: {} } }], { maxTimeMS: explorerMaxTimeMS() })
      .toArray();
    return num(s?.storageStats?.storageSize);
  } catch (e) {
    if (connectionProblem(e)) throw e;
    return null;
  }
}

async function collectionInfo(database: Db, info: Pick<MongoCollectionInfo, "name" | "type">): Promise<CollectionInfo> {
  const col = database.collection(info.name);
  const maxTimeMS = explorerMaxTimeMS();
  const internal = isInternal(info.name);
  if (info.type === undefined || info.type === "collection") {
    const [count, sizeBytes] = await Promise.all([col.estimatedDocumentCount({ maxTimeMS }), storageSize(database, info.name)]);
    return { name: info.name, count, countIsEstimate: true, sizeBytes, internal };
  }
  // Views (and time series) have no metadata count: count them, within the time limit.
  try {
    return { name: info.name, count: await col.countDocuments({}, { maxTimeMS }), countIsEstimate: false, sizeBytes: null, internal };
  } catch (e) {
    if (connectionProblem(e)) throw e;
    return { name: info.name, count: 0, countIsEstimate: true, sizeBytes: null, internal };
  }
}

export async function listCollections(user: CurrentUser, input: DataCollectionsInput): Promise<DataCollectionsOutput> {
  const target = await databaseFor(user, input.db);
  return withExplorer("listing collections", async (client) => {
    const database = client.db(target.name);
    const infos = await database.listCollections({}, { nameOnly: true, authorizedCollections: true }).toArray();
    const collections = await mapLimit(infos, STATS_CONCURRENCY, (info) => collectionInfo(database, info));
    collections.sort((a, b) => Number(a.internal) - Number(b.internal) || a.name.localeCompare(b.name));
    return { collections };
  });
}

/** 404 `Collection not found` unless `name` exists in `database`. */
export async function requireCollection(database: Db, name: string): Promise<void> {
  const found = await database.listCollections({ name }, { nameOnly: true, authorizedCollections: true }).toArray();
  if (found.length === 0) throw NotFound("Collection");
}

export async function exactCount(user: CurrentUser, input: DataCountInput): Promise<DataCountOutput> {
  const target = await databaseFor(user, input.db);
  const filter = filterOf(input.filter);
  return withExplorer("counting documents", async (client) => {
    const database = client.db(target.name);
    await requireCollection(database, input.collection);
    const count = await database.collection(input.collection).countDocuments(filter, { maxTimeMS: explorerMaxTimeMS() });
    return { count, exact: true as const };
  });
}
