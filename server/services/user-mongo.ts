/**
 * Each user's MongoDB (DESIGN.md "Data"): database `kiln_u_<userId>`, provisioned on first use
 * (the first deploy of one of their apps, or the first dashboard read) and remembered per process.
 *
 * Where the server supports users and roles, the user gets a MongoDB user of the same name,
 * created in that database with readWrite on it only and a random 32-byte password (stored
 * encrypted in MongoAccount). Where it does not (createUser unknown or not allowed), apps get the
 * platform's URL pointed at their database: isolation is NOT enforced, and Kiln says so once.
 */
import "server-only";
import { randomBytes } from "node:crypto";
import type { Db } from "mongodb";
import { decryptSecret, encryptSecret } from "@/server/crypto/secrets";
import { db } from "@/server/db";
import { DomainError } from "@/server/errors";
import { mongoConfigured, mongoUrl } from "@/server/mongo/client";
import { cannotCreateUsers } from "@/server/mongo/errors";
import { withMongo } from "@/server/mongo/health";
import { unschedulePruning } from "@/server/mongo/pruning";
import { ensureRequestLogIndexes, type Retention, requestLogs } from "@/server/mongo/request-logs";
import { databaseUri, type MongoCredentials, userDatabaseName } from "@/server/mongo/uri";
import { dropDatabaseUser, ensureDatabaseUser } from "@/server/mongo/users";

export interface UserDatabase {
  database: string;
  /** PLATFORM_MONGO_URI for the user's apps. Holds a password: never log or return it. */
  uri: string;
  /** false: the server cannot create users, and the URI carries the platform's own credentials. */
  isolated: boolean;
  retention: Retention;
}

interface State {
  ready: Map<string, Promise<UserDatabase>>;
  isolationUnsupported: boolean;
}
const g = globalThis as typeof globalThis & { __kilnUserMongo?: State };
g.__kilnUserMongo ??= { ready: new Map(), isolationUnsupported: false };
const state: State = g.__kilnUserMongo;

const accountSecret = { username: true, passwordEnc: true } as const;

/** The stored account, created (with a new random password) if there is none. */
async function accountFor(userId: string) {
  const existing = await db().mongoAccount.findUnique({ where: { userId }, select: accountSecret });
  if (existing) return existing;
  const password = randomBytes(32).toString("base64url");
  try {
    return await db().mongoAccount.create({
      data: { userId, username: userDatabaseName(userId), passwordEnc: encryptSecret(password) },
      select: accountSecret,
    });
  } catch (e) {
    // Another Kiln process created it first: its password is the one.
    if ((e as { code?: string }).code === "P2002") return db().mongoAccount.findUniqueOrThrow({ where: { userId }, select: accountSecret });
    throw e;
  }
}

function noteIsolationUnsupported(): void {
  if (state.isolationUnsupported) return;
  state.isolationUnsupported = true;
  console.warn(
    "[kiln] MongoDB: this server (or Kiln's MongoDB user) cannot create users, so per-user isolation is NOT enforced: " +
      "apps get the platform's credentials, pointed at their own database",
  );
}

/** Credentials limited to the user's database, or null where the server cannot create users. */
async function isolatedCredentials(userDb: Db, userId: string): Promise<MongoCredentials | null> {
  if (state.isolationUnsupported) return null;
  // The stored row is the source of truth: every process sets the same password in MongoDB.
  const account = await accountFor(userId);
  const password = decryptSecret(account.passwordEnc);
  if ((await ensureDatabaseUser(userDb, account.username, password)) === "unsupported") {
    await db().mongoAccount.deleteMany({ where: { userId } });
    noteIsolationUnsupported();
    return null;
  }
  return { username: account.username, password };
}

async function provision(userId: string): Promise<UserDatabase> {
  return withMongo("setting up your database", async (client) => {
    const database = userDatabaseName(userId);
    const userDb = client.db(database);
    const credentials = await isolatedCredentials(userDb, userId);
    const retention = await ensureRequestLogIndexes(userDb);
    if (retention === "pruning") {
      console.warn(`[kiln] ${database}: MongoDB refused the TTL index on request logs; Kiln deletes records older than 7 days hourly`);
    }
    return { database, uri: databaseUri(mongoUrl() ?? "", database, credentials ?? undefined), isolated: credentials !== null, retention };
  });
}

/** Provisions once per process; a failed attempt is forgotten so the next use tries again. */
export function ensureUserDatabase(userId: string): Promise<UserDatabase> {
  let ready = state.ready.get(userId);
  if (!ready) {
    ready = provision(userId);
    state.ready.set(userId, ready);
    ready.catch(() => state.ready.delete(userId));
  }
  return ready;
}

/** The user's database through the platform client (for dashboards), provisioned first. */
export async function userDatabase(userId: string): Promise<Db> {
  const { database } = await ensureUserDatabase(userId);
  return withMongo("opening your database", async (client) => client.db(database));
}

function why(e: unknown): string {
  return e instanceof DomainError ? e.message : `MongoDB setup failed (${(e as Error)?.name ?? "error"})`;
}

/**
 * PLATFORM_MONGO_URI for a deploy of one of the user's apps. Never throws: without MongoDB the
 * app deploys without it. While MongoDB is down, stored credentials still give the app its URI
 * (its driver connects once MongoDB is back).
 */
export async function appMongoUri(userId: string): Promise<string | undefined> {
  if (!mongoConfigured()) return undefined;
  try {
    return (await ensureUserDatabase(userId)).uri;
  } catch (e) {
    const stored = await db()
      .mongoAccount.findUnique({ where: { userId }, select: accountSecret })
      .catch(() => null);
    if (stored) {
      console.warn(`[kiln] ${why(e)}; the app gets its database address and connects once MongoDB is back`);
      const database = userDatabaseName(userId);
      return databaseUri(mongoUrl() ?? "", database, { username: stored.username, password: decryptSecret(stored.passwordEnc) });
    }
    console.warn(`[kiln] ${why(e)}; the app deploys without PLATFORM_MONGO_URI`);
    return undefined;
  }
}

/**
 * For deleting a user (admin): drops their MongoDB user and, if asked, their database (else
 * only the platform's request logs in it), and forgets the stored credentials. Nothing to do where MongoDB is not configured; throws
 * Unavailable (503) while it is down.
 */
export async function dropUserMongo(
  userId: string,
  o: { dropDatabase: boolean },
): Promise<{ droppedUser: boolean; droppedDatabase: boolean }> {
  if (!mongoConfigured()) {
    await db().mongoAccount.deleteMany({ where: { userId } });
    return { droppedUser: false, droppedDatabase: false };
  }
  return withMongo("removing the user's database", async (client) => {
    const database = userDatabaseName(userId);
    const userDb = client.db(database);
    state.ready.delete(userId);
    let droppedUser = false;
    try {
      droppedUser = await dropDatabaseUser(userDb, database);
    } catch (e) {
      if (!cannotCreateUsers(e)) throw e; // a server without users has none to drop
    }
    const droppedDatabase = o.dropDatabase ? await userDb.dropDatabase() : false;
    // Kept data is the user's own; the platform's request logs about their apps go either way.
    if (!droppedDatabase)
      await requestLogs(userDb)
        .drop()
        .catch(() => false);
    unschedulePruning(database);
    await db().mongoAccount.deleteMany({ where: { userId } });
    return { droppedUser, droppedDatabase };
  });
}
