/**
 * `_platform_request_logs` in a user's database: written by the runner (one document per
 * request, plus `{kind: "dropped", count}` summaries when it had to drop records), read here.
 * Documents with a `kind` are summaries, never requests.
 */
import "server-only";
import type { Collection, Db, Document, ObjectId } from "mongodb";
import type { RequestSample } from "@/lib/metrics/summarize";
import type { RequestStatusClass } from "@/lib/schemas/app-data";
import { decodeCursor, encodeCursor, olderThan } from "@/server/mongo/cursor";
import { connectionProblem } from "@/server/mongo/errors";
import { REQUEST_LOG_RETENTION_MS, schedulePruning } from "@/server/mongo/pruning";

export const REQUEST_LOGS = "_platform_request_logs";
const QUERY_MAX_MS = 15_000;

export interface RequestLogDoc {
  _id: ObjectId | string;
  ts: Date;
  app_id: string;
  method?: string;
  path?: string;
  status?: number;
  duration_ms?: number;
  response_bytes?: number;
  cold_start?: boolean;
  error?: { type?: string; message?: string; traceback?: string } | null;
  kind?: string;
  count?: number;
}

export interface RequestView {
  id: string;
  /** A Date over tRPC, an ISO string in REST JSON. */
  ts: Date;
  method: string;
  path: string;
  status: number;
  durationMs: number;
  responseBytes: number;
  coldStart: boolean;
  error?: { type: string; message: string; traceback: string };
}

/** How old records go away: a TTL index in MongoDB, or Kiln's hourly pruning where TTL is refused. */
export type Retention = "ttl" | "pruning";

export function requestLogs(db: Db): Collection<RequestLogDoc> {
  return db.collection<RequestLogDoc>(REQUEST_LOGS);
}

/** The (app_id, ts desc) index for every read here, and 7-day retention. */
export async function ensureRequestLogIndexes(db: Db): Promise<Retention> {
  const col = requestLogs(db);
  await col.createIndex({ app_id: 1, ts: -1 });
  try {
    await col.createIndex({ ts: 1 }, { expireAfterSeconds: REQUEST_LOG_RETENTION_MS / 1000 });
    return "ttl";
  } catch (e) {
    if (connectionProblem(e)) throw e;
    schedulePruning(db.databaseName, REQUEST_LOGS);
    return "pruning";
  }
}

const STATUS_RANGES: Record<RequestStatusClass, { $gte: number; $lt: number }> = {
  "2xx": { $gte: 200, $lt: 300 },
  "3xx": { $gte: 300, $lt: 400 },
  "4xx": { $gte: 400, $lt: 500 },
  "5xx": { $gte: 500, $lt: 600 },
};

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Requests of one app (summaries excluded). */
function served(appId: string | { $in: string[] }): Document {
  return { app_id: appId, kind: { $exists: false } };
}

export function toRequestView(d: RequestLogDoc): RequestView {
  const view: RequestView = {
    id: String(d._id),
    ts: d.ts instanceof Date ? d.ts : new Date(d.ts),
    method: String(d.method ?? ""),
    path: String(d.path ?? ""),
    status: Number(d.status ?? 0),
    durationMs: Number(d.duration_ms ?? 0),
    responseBytes: Number(d.response_bytes ?? 0),
    coldStart: d.cold_start === true,
  };
  if (d.error) {
    view.error = { type: String(d.error.type ?? ""), message: String(d.error.message ?? ""), traceback: String(d.error.traceback ?? "") };
  }
  return view;
}

export interface PageQuery {
  limit: number;
  before?: string;
  status?: RequestStatusClass;
  path?: string;
}

/** Newest first, keyset-paged on (ts, _id): a page never skips or repeats a record. */
export async function pageRequests(db: Db, appId: string, q: PageQuery): Promise<{ requests: RequestView[]; nextCursor: string | null }> {
  const and: Document[] = [served(appId)];
  if (q.before) and.push(olderThan(decodeCursor(q.before)));
  if (q.status) and.push({ status: STATUS_RANGES[q.status] });
  if (q.path) and.push({ path: { $regex: escapeRegex(q.path), $options: "i" } });
  const docs = await requestLogs(db)
    .find({ $and: and })
    .sort({ ts: -1, _id: -1 })
    .limit(q.limit + 1)
    .maxTimeMS(QUERY_MAX_MS)
    .toArray();
  const page = docs.slice(0, q.limit);
  const last = page.at(-1);
  return {
    requests: page.map(toRequestView),
    nextCursor: docs.length > q.limit && last ? encodeCursor({ ts: last.ts, id: last._id }) : null,
  };
}

/**
 * Every HTTP request of these apps in [from, to), only the fields metrics need. WebSocket
 * sessions (method "WS", duration = connection lifetime) are listed as requests but would
 * distort latency percentiles, so metrics leave them out.
 */
export async function* requestSamples(
  db: Db,
  appIds: string[],
  from: number,
  to: number,
): AsyncGenerator<RequestSample & { appId: string }> {
  const cursor = requestLogs(db)
    .find(
      { ...served({ $in: appIds }), method: { $ne: "WS" }, ts: { $gte: new Date(from), $lt: new Date(to) } },
      { projection: { _id: 0, app_id: 1, ts: 1, status: 1, duration_ms: 1 } },
    )
    .batchSize(5000)
    .maxTimeMS(QUERY_MAX_MS);
  for await (const d of cursor) {
    yield { appId: d.app_id, ts: new Date(d.ts).getTime(), status: Number(d.status ?? 0), durationMs: Number(d.duration_ms ?? 0) };
  }
}

/** Records the runner reported as dropped for this app in [from, to). */
export async function droppedCount(db: Db, appId: string, from: number, to: number): Promise<number> {
  const rows = await requestLogs(db)
    .find({ app_id: appId, kind: "dropped", ts: { $gte: new Date(from), $lt: new Date(to) } }, { projection: { _id: 0, count: 1 } })
    .maxTimeMS(QUERY_MAX_MS)
    .toArray();
  return rows.reduce((n, r) => n + (Number(r.count) || 0), 0);
}
