/**
 * `data.databases`: the Kiln user databases the caller may read (explorer/access), each with
 * its size and number of collections from dbStats. Read-only: listDatabases and dbStats.
 */
import "server-only";
import type { Db, MongoClient } from "mongodb";
import type { DatabaseInfo, DataDatabasesOutput } from "@/lib/schemas/data";
import { type CurrentUser, isAdmin } from "@/server/auth/policy";
import { type ExplorerDatabase, everyUserDatabase, userDatabasesAmong } from "@/server/explorer/access";
import { explorerMaxTimeMS, withExplorer } from "@/server/explorer/client";
import { mapLimit } from "@/server/explorer/concurrency";
import { connectionProblem, mongoCode } from "@/server/mongo/errors";
import { USER_DB_PREFIX, userDatabaseName } from "@/server/mongo/uri";

const STATS_CONCURRENCY = 8;
const UNAUTHORIZED = 13;

/** A size or count from a command reply (a number, or a Long/Double where the driver kept one). */
export function num(v: unknown): number | null {
  const n =
    typeof v === "number"
      ? v
      : typeof (v as { toNumber?: unknown })?.toNumber === "function"
        ? (v as { toNumber(): number }).toNumber()
        : Number.NaN;
  return Number.isFinite(n) ? n : null;
}

/** Names of the `kiln_u_*` databases on the server (the name filter runs in MongoDB). */
async function userDatabaseNames(client: MongoClient): Promise<string[]> {
  const res = await client.db("admin").command({
    listDatabases: 1,
    nameOnly: true,
    filter: { name: { $regex: `^${USER_DB_PREFIX}` } },
    maxTimeMS: explorerMaxTimeMS(),
  });
  return ((res.databases ?? []) as { name: string }[]).map((d) => d.name);
}

async function sizeOf(database: Db): Promise<Pick<DatabaseInfo, "sizeBytes" | "collections">> {
  try {
    const s = await database.command({ dbStats: 1, scale: 1, maxTimeMS: explorerMaxTimeMS() });
    const total = num(s.totalSize) ?? (num(s.storageSize) !== null ? (num(s.storageSize) ?? 0) + (num(s.indexSize) ?? 0) : null);
    return { sizeBytes: total, collections: (num(s.collections) ?? 0) + (num(s.views) ?? 0) };
  } catch (e) {
    if (connectionProblem(e)) throw e;
    // dbStats refused or too slow: the size is unknown, the collections can still be counted.
    const names = await database.listCollections({}, { nameOnly: true, authorizedCollections: true }).toArray();
    return { sizeBytes: null, collections: names.length };
  }
}

/**
 * Other users' databases for an admin: those on the server (listDatabases). Where the explorer
 * may not list databases (a fallback platform user without the privilege), every Kiln user's,
 * of which the empty ones are then left out, as listDatabases would.
 */
async function otherUserDatabases(client: MongoClient, ownName: string): Promise<{ databases: ExplorerDatabase[]; guessed: boolean }> {
  try {
    const databases = await userDatabasesAmong(await userDatabaseNames(client));
    return { databases: databases.filter((d) => d.name !== ownName), guessed: false };
  } catch (e) {
    if (mongoCode(e) !== UNAUTHORIZED) throw e;
    return { databases: (await everyUserDatabase()).filter((d) => d.name !== ownName), guessed: true };
  }
}

export async function listDatabases(user: CurrentUser): Promise<DataDatabasesOutput> {
  const own: ExplorerDatabase = { name: userDatabaseName(user.id), owner: { id: user.id, username: user.username } };
  return withExplorer("listing databases", async (client) => {
    const others = isAdmin(user) ? await otherUserDatabases(client, own.name) : { databases: [], guessed: false };
    others.databases.sort((a, b) => a.owner.username.localeCompare(b.owner.username));
    const sized = await mapLimit([own, ...others.databases], STATS_CONCURRENCY, async (d) => ({
      ...d,
      ...(await sizeOf(client.db(d.name))),
    }));
    const shown = sized.filter((d) => d.name === own.name || !others.guessed || d.collections > 0);
    return { databases: shown.map(({ name, sizeBytes, collections, owner }) => ({ name, sizeBytes, collections, owner })) };
  });
}
