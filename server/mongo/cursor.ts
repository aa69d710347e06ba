/**
 * The opaque `before` cursor of the requests API: the (ts, _id) of the last record of a page.
 * Pages are keyset pages on that pair, newest first, so records that arrive meanwhile never
 * shift or repeat a page. Pure: tested in cursor.test.ts.
 */
import { ObjectId } from "mongodb";
import { Invalid } from "@/server/errors";

export interface RequestCursor {
  ts: Date;
  id: ObjectId | string;
}

export function encodeCursor(c: RequestCursor): string {
  const id = c.id instanceof ObjectId ? `o${c.id.toHexString()}` : `s${c.id}`;
  return Buffer.from(`${c.ts.getTime()}.${id}`, "utf8").toString("base64url");
}

export function decodeCursor(cursor: string): RequestCursor {
  const bad = () => Invalid("before: not a cursor returned by this API");
  const raw = Buffer.from(cursor, "base64url").toString("utf8");
  const m = /^(-?\d{1,16})\.([os])(.+)$/s.exec(raw);
  if (!m) throw bad();
  const [, ms, kind, id] = m as unknown as [string, string, "o" | "s", string];
  const ts = new Date(Number(ms));
  if (Number.isNaN(ts.getTime())) throw bad();
  if (kind === "s") return { ts, id };
  if (!/^[0-9a-f]{24}$/.test(id)) throw bad();
  return { ts, id: new ObjectId(id) };
}

/** Records strictly older than the cursor in (ts desc, _id desc) order. */
export function olderThan(c: RequestCursor): Record<string, unknown> {
  return { $or: [{ ts: { $lt: c.ts } }, { ts: c.ts, _id: { $lt: c.id } }] };
}
