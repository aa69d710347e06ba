/**
 * Relaxed Extended JSON text → a value: JSON syntax first (with the position of the first
 * error), then Extended JSON (`{"$oid": …}`, `{"$date": …}`, …) with bson's EJSON. Isomorphic:
 * the browser can run it while the user types. Pure: tested in ejson-text.test.ts.
 */
import { EJSON } from "bson";
import { findJsonSyntaxError } from "@/lib/explorer/json-syntax";

export interface QueryProblem {
  message: string;
  details?: Record<string, unknown>;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: QueryProblem };

export type Doc = Record<string, unknown>;

export const problem = (message: string, details?: Record<string, unknown>): { ok: false; problem: QueryProblem } => ({
  ok: false,
  problem: details ? { message, details } : { message },
});

/** A document as EJSON.parse builds it: not an array, a Date, a RegExp or a BSON value class. */
export function isDocument(v: unknown): v is Doc {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date) && !(v instanceof RegExp) && !("_bsontype" in v);
}

/** Keys that make an object an Extended JSON value (`{"$oid": …}`) rather than a document. */
const WRAPPER_KEYS = new Set([
  "$oid",
  "$date",
  "$numberInt",
  "$numberDouble",
  "$numberLong",
  "$numberDecimal",
  "$binary",
  "$uuid",
  "$code",
  "$timestamp",
  "$regularExpression",
  "$symbol",
  "$minKey",
  "$maxKey",
  "$dbPointer",
  "$undefined",
  "$ref",
]);

function isWrapper(o: Record<string, unknown>): boolean {
  const keys = Object.keys(o);
  if (keys.some((k) => WRAPPER_KEYS.has(k))) return true;
  // The legacy regex form, {"$regex": "…", "$options": "…"}; with any other key it is the query operator.
  return typeof o.$regex === "string" && keys.every((k) => k === "$regex" || k === "$options");
}

/**
 * What `EJSON.parse(text, {relaxed: true})` gives, except that an operator document using
 * `$regex` keeps its other operators (bson reads `{"$regex": "a", "$ne": "b"}` as a bare regex).
 */
function revive(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(revive);
  if (typeof v !== "object" || v === null) return v;
  const o = v as Record<string, unknown>;
  if (isWrapper(o)) return EJSON.deserialize(o, { relaxed: true });
  return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, revive(x)]));
}

/** Parses `text` (already known to be non-empty) as a relaxed Extended JSON object; `what` names the input in messages. */
export function parseEjsonObject(text: string, what: string): Checked<Doc> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const at = findJsonSyntaxError(text);
    if (!at) return problem(`${what}: invalid JSON (${e instanceof Error ? e.message : "parse error"})`);
    return problem(`${what}: invalid JSON at line ${at.line}, column ${at.column}: ${at.message}`, {
      line: at.line,
      column: at.column,
      offset: at.offset,
    });
  }
  let value: unknown;
  try {
    value = revive(json);
  } catch (e) {
    const reason = e instanceof Error ? e.message : "not valid Extended JSON";
    return problem(`${what}: invalid Extended JSON: ${reason}`, { reason });
  }
  if (!isDocument(value)) return problem(`${what}: must be a JSON object, such as {"field": "value"}`);
  return { ok: true, value };
}
