/**
 * Is MongoDB usable right now? One ping, cached for a few seconds so that health checks and
 * dashboards do not each wait on a dead server, and never sticky: once the cache expires the
 * next caller starts a new ping, and the driver (which reconnects on its own) answers once
 * MongoDB is back. An operation that loses the connection marks it down at once.
 */
import "server-only";
import type { MongoClient } from "mongodb";
import { DomainError, Unavailable } from "@/server/errors";
import { MONGO_DISABLED_REASON, mongoConfigured, platformMongo } from "@/server/mongo/client";
import { connectionProblem, MONGO_UNREACHABLE, mongoFailure } from "@/server/mongo/errors";

export type MongoState = "up" | "down" | "disabled";
export interface MongoStatus {
  state: MongoState;
  reason?: string;
}

const CACHE_MS = 5000;
const PING_TIMEOUT_MS = 3000;

interface Health {
  checkedAt: number;
  status?: MongoStatus;
  inflight?: Promise<MongoStatus>;
  logged?: MongoState;
}
const g = globalThis as typeof globalThis & { __kilnMongoHealth?: Health };
g.__kilnMongoHealth ??= { checkedAt: 0 };
const health: Health = g.__kilnMongoHealth;

function remember(status: MongoStatus): MongoStatus {
  health.status = status;
  health.checkedAt = Date.now();
  if (health.logged !== status.state) {
    // State changes only, so a dead server is one line, not one per request.
    if (status.state === "down") console.warn(`[kiln] MongoDB is down: ${status.reason}`);
    else if (health.logged !== undefined) console.log("[kiln] MongoDB is up again");
    health.logged = status.state;
  }
  return status;
}

async function ping(): Promise<MongoStatus> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error("ping timed out")), PING_TIMEOUT_MS);
    });
    await Promise.race([platformMongo().then((client) => client.db("admin").command({ ping: 1 })), timeout]);
    return { state: "up" };
  } catch (e) {
    if (e instanceof DomainError) return { state: "down", reason: e.message };
    return { state: "down", reason: connectionProblem(e) ?? MONGO_UNREACHABLE };
  } finally {
    clearTimeout(timer);
  }
}

function refresh(): Promise<MongoStatus> {
  health.inflight ??= ping()
    .then(remember)
    .finally(() => {
      health.inflight = undefined;
    });
  return health.inflight;
}

/**
 * Never waits on MongoDB once a first answer is known: a stale state is served while a fresh
 * ping runs in the background (health probes stay fast while MongoDB hangs).
 */
export async function mongoStatus(): Promise<MongoStatus> {
  if (!mongoConfigured()) return { state: "disabled", reason: MONGO_DISABLED_REASON };
  const known = health.status;
  if (!known || Date.now() - health.checkedAt >= CACHE_MS) {
    const fresh = refresh();
    if (!known) return fresh;
  }
  return known;
}

/** An operation just failed for lack of a connection: answer "down" without waiting for the next ping. */
export function markMongoDown(reason: string): void {
  remember({ state: "down", reason });
}

/** Throws Unavailable (503, with the reason) unless MongoDB is up. */
export async function requireMongo(): Promise<void> {
  const status = await mongoStatus();
  if (status.state !== "up") throw Unavailable(status.reason ?? MONGO_UNREACHABLE, { mongo: status.state });
}

/**
 * Runs `fn` with the platform client once MongoDB is known to be up; driver errors come out as
 * sanitized domain errors (503), and a lost connection flips the cached state to "down" at once.
 */
export async function withMongo<T>(doing: string, fn: (client: MongoClient) => Promise<T>): Promise<T> {
  await requireMongo();
  try {
    return await fn(await platformMongo());
  } catch (e) {
    const problem = connectionProblem(e);
    if (problem) markMongoDown(problem);
    throw mongoFailure(e, doing);
  }
}
