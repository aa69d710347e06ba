/**
 * The opaque `after` cursor of data.documents: the sort it was made for and the last
 * document's (_id, sort value), as canonical Extended JSON (every BSON type survives: an Int32
 * stays an Int32, a Decimal128 a Decimal128), base64url. Pure: tested in cursor.test.ts.
 */
import { EJSON } from "bson";
import { isDocument } from "@/lib/explorer/ejson-text";
import { type SortSpec, sortText } from "@/lib/explorer/sort";
import { Invalid } from "@/server/errors";
import type { Position } from "@/server/explorer/keyset";

export function encodePageCursor(sort: SortSpec, pos: Position): string {
  const payload: Record<string, unknown> = { s: sortText(sort), i: pos.id ?? null };
  if (sort.field !== "_id") payload.v = pos.value ?? null;
  return Buffer.from(EJSON.stringify(payload, { relaxed: false }), "utf8").toString("base64url");
}

export function decodePageCursor(cursor: string, sort: SortSpec): Position {
  const bad = () => Invalid("after: not a cursor returned by this API");
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw bad();
  let payload: unknown;
  try {
    payload = EJSON.parse(Buffer.from(cursor, "base64url").toString("utf8"), { relaxed: false });
  } catch {
    throw bad();
  }
  if (!isDocument(payload) || typeof payload.s !== "string" || !("i" in payload)) throw bad();
  if (payload.s !== sortText(sort)) {
    throw Invalid("after: this cursor belongs to another sort order; start again from the first page", { cursorSort: payload.s });
  }
  if (Array.isArray(payload.i) || Array.isArray(payload.v)) throw bad();
  if (sort.field === "_id") return { id: payload.i };
  if (!("v" in payload)) throw bad();
  return { id: payload.i, value: payload.v };
}
