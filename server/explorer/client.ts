/**
 * The explorer's own MongoClient, authenticated as the read-only `kiln_explorer` user
 * (services/explorer-account), or the platform client where the server cannot create users.
 * Kept on globalThis like server/mongo/client; a client that could not connect, or whose
 * credentials stop working, is thrown away and set up again on next use.
 */
import "server-only";
import { MongoClient } from "mongodb";
import { env } from "@/server/env";
import { explorerFailure } from "@/server/explorer/errors";
import { mongoUrl, platformMongo } from "@/server/mongo/client";
import { connectionProblem, mongoCode } from "@/server/mongo/errors";
import { markMongoDown, requireMongo } from "@/server/mongo/health";
import { databaseUri } from "@/server/mongo/uri";
import { explorerCredentials } from "@/server/services/explorer-account";

const AUTH_FAILED = 18;
const CLOSE_GRACE_MS = 30_000;

interface Explorer {
  client: MongoClient;
  /** false: the platform client (not role-restricted), which this module never closes. */
  own: boolean;
}
const g = globalThis as typeof globalThis & { __kilnExplorerMongo?: Promise<Explorer> };

async function connect(): Promise<Explorer> {
  const credentials = await explorerCredentials();
  if (!credentials) return { client: await platformMongo(), own: false };
  const uri = databaseUri(mongoUrl() ?? "", "admin", credentials);
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 2000, connectTimeoutMS: 2000, appName: "kiln-explorer" });
  try {
    await client.connect();
    return { client, own: true };
  } catch (e) {
    await client.close().catch(() => {});
    throw e;
  }
}

function explorer(): Promise<Explorer> {
  let current = g.__kilnExplorerMongo;
  if (!current) {
    current = connect();
    g.__kilnExplorerMongo = current;
    current.catch(() => forget(current));
  }
  return current;
}

/** Lets go of a client (if it is still the current one); operations already running on it get time to finish. */
function forget(which: Promise<Explorer> | undefined): void {
  if (!which || g.__kilnExplorerMongo !== which) return;
  g.__kilnExplorerMongo = undefined;
  void which
    .then((x) => {
      if (x.own) setTimeout(() => void x.client.close().catch(() => {}), CLOSE_GRACE_MS).unref();
    })
    .catch(() => {});
}

/** How long one explorer operation may run in MongoDB (KILN_EXPLORER_MAX_TIME_MS). */
export function explorerMaxTimeMS(): number {
  return env().KILN_EXPLORER_MAX_TIME_MS;
}

/**
 * Runs `fn` with the explorer's client once MongoDB is known to be up (503 with `details.mongo`
 * otherwise); errors come out as domain errors (explorer/errors).
 */
export async function withExplorer<T>(doing: string, fn: (client: MongoClient) => Promise<T>): Promise<T> {
  await requireMongo();
  for (let attempt = 1; ; attempt++) {
    const current = explorer();
    try {
      return await fn((await current).client);
    } catch (e) {
      // The explorer's password was reset elsewhere (another Kiln on this MongoDB, or the user
      // was removed): set it up again, and retry the read once.
      if (mongoCode(e) === AUTH_FAILED) {
        forget(current);
        if (attempt === 1) continue;
      } else {
        const problem = connectionProblem(e);
        if (problem) markMongoDown(problem);
      }
      throw explorerFailure(e, doing, explorerMaxTimeMS());
    }
  }
}

export async function closeExplorerMongo(): Promise<void> {
  const current = g.__kilnExplorerMongo;
  g.__kilnExplorerMongo = undefined;
  const x = await current?.catch(() => undefined);
  if (x?.own) await x.client.close();
}
