/**
 * The admin overview (issue #5): users, apps by status, requests in the last 24 h, MongoDB
 * storage, the runtime in use, Kiln's version and its own memory. MongoDB figures are null
 * (with the reason) while it is disabled or down; the rest still answers.
 */
import pkg from "@/package.json" with { type: "json" };
import type { CurrentUser } from "@/server/auth/policy";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { listDatabases } from "@/server/explorer/databases";
import { platformMongo } from "@/server/mongo/client";
import { requestLogs } from "@/server/mongo/request-logs";

const DAY_MS = 24 * 3600 * 1000;

async function mongoFigures(admin: CurrentUser, since: Date) {
  try {
    const { databases } = await listDatabases(admin);
    const client = await platformMongo();
    const counts = await Promise.all(
      databases.map((d) =>
        requestLogs(client.db(d.name)).countDocuments({ ts: { $gte: since }, kind: { $exists: false } }, { maxTimeMS: 5000 }),
      ),
    );
    return {
      storageBytes: databases.reduce((sum, d) => sum + (d.sizeBytes ?? 0), 0),
      databases: databases.length,
      requests24h: counts.reduce((a, b) => a + b, 0),
      problem: null,
    };
  } catch (e) {
    return { storageBytes: null, databases: null, requests24h: null, problem: e instanceof Error ? e.message : "MongoDB is unavailable" };
  }
}

export async function platformOverview(admin: CurrentUser) {
  const since = new Date(Date.now() - DAY_MS);
  const [users, admins, disabled, byStatus, mongo] = await Promise.all([
    db().user.count(),
    db().user.count({ where: { role: "admin" } }),
    db().user.count({ where: { disabled: true } }),
    db().app.groupBy({ by: ["status"], _count: { _all: true } }),
    mongoFigures(admin, since),
  ]);
  const memory = process.memoryUsage();
  return {
    users: { total: users, admins, disabled },
    apps: {
      total: byStatus.reduce((n, s) => n + s._count._all, 0),
      byStatus: Object.fromEntries(byStatus.map((s) => [s.status, s._count._all])) as Record<string, number>,
    },
    requests24h: mongo.requests24h,
    mongo: { storageBytes: mongo.storageBytes, databases: mongo.databases, problem: mongo.problem },
    runtime: env().KILN_RUNTIME,
    version: pkg.version,
    kiln: { rssBytes: memory.rss, heapUsedBytes: memory.heapUsed, uptimeSeconds: Math.round(process.uptime()) },
  };
}
