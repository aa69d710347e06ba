/**
 * The platform's one MongoClient (MONGODB_URL), kept on globalThis like server/db: the custom
 * server and Next's bundled route handlers share it. The driver connects on first use and
 * reconnects by itself after an outage; short timeouts keep a dead server from holding requests.
 */
import "server-only";
import { MongoClient } from "mongodb";
import { env } from "@/server/env";
import { Unavailable } from "@/server/errors";
import { isValidMongoUrl } from "@/server/mongo/uri";

export const MONGO_DISABLED_REASON = "MongoDB is not configured on this Kiln (MONGODB_URL is unset)";
export const MONGO_INVALID_REASON = "MONGODB_URL is not a valid MongoDB connection string";

const g = globalThis as typeof globalThis & { __kilnMongo?: Promise<MongoClient> };

/** MONGODB_URL, or undefined when database features are disabled. Holds credentials: never log it. */
export function mongoUrl(): string | undefined {
  return env().MONGODB_URL || undefined;
}

export function mongoConfigured(): boolean {
  return mongoUrl() !== undefined;
}

async function connect(url: string): Promise<MongoClient> {
  const client = new MongoClient(url, { serverSelectionTimeoutMS: 2000, connectTimeoutMS: 2000, appName: "kiln" });
  try {
    await client.connect();
    return client;
  } catch (e) {
    await client.close().catch(() => {});
    throw e;
  }
}

/**
 * The platform client, connected; throws Unavailable (503) when MongoDB is not configured or the
 * URL is unusable, and the driver's error when it cannot connect. A client whose first connection
 * failed is thrown away (the driver would keep its topology closed for good); once connected, the
 * driver rides out outages by itself.
 */
export async function platformMongo(): Promise<MongoClient> {
  const url = mongoUrl();
  if (!url) throw Unavailable(MONGO_DISABLED_REASON, { mongo: "disabled" });
  // The driver's parse errors can quote the URL (and its password): they are not passed on.
  if (!isValidMongoUrl(url)) throw Unavailable(MONGO_INVALID_REASON, { mongo: "down" });
  let client = g.__kilnMongo;
  if (!client) {
    client = connect(url);
    g.__kilnMongo = client;
    client.catch(() => {
      if (g.__kilnMongo === client) g.__kilnMongo = undefined;
    });
  }
  return client;
}

export async function closeMongo(): Promise<void> {
  const client = g.__kilnMongo;
  g.__kilnMongo = undefined;
  await (await client?.catch(() => undefined))?.close();
}
