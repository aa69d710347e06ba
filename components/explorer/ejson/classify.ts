/**
 * Reads one Extended JSON value (canonical, as the API answers; relaxed and legacy forms too) as
 * the BSON type it stands for. Pure: the JSON tree renders from this, and it is unit tested.
 * A type wrapper counts only with exactly its own keys, as in the bson parser, so an ordinary
 * sub-document that happens to have a `$date` key next to others stays a document.
 */
import { base64ToBytes, formatUuid, hexPreview, normalizeSubType } from "@/components/explorer/ejson/binary";

export type JsonObject = { [key: string]: unknown };

export type BsonNode =
  | { type: "object"; entries: [string, unknown][] }
  | { type: "array"; items: unknown[] }
  | { type: "string"; value: string }
  | { type: "boolean"; value: boolean }
  | { type: "null" }
  | { type: "undefined" }
  /** A bare JSON number (relaxed input); canonical EJSON always wraps numbers. */
  | { type: "number"; value: string }
  | { type: "int32" | "int64" | "double" | "decimal128"; value: string }
  | { type: "objectId"; hex: string }
  /** `iso` is null when the instant is outside what a JS Date can hold; `ms` is then the raw value. */
  | { type: "date"; iso: string | null; ms: string }
  | { type: "binary"; base64: string; subType: string; size: number | null; preview: string; uuid: string | null }
  | { type: "timestamp"; t: number; i: number }
  | { type: "regex"; pattern: string; options: string }
  | { type: "minKey" }
  | { type: "maxKey" }
  | { type: "symbol"; value: string }
  | { type: "code"; code: string; scope: JsonObject | null }
  | { type: "dbPointer"; ref: string; id: string };

export type BsonType = BsonNode["type"];

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function hasKeys(o: JsonObject, ...keys: string[]): boolean {
  const own = Object.keys(o);
  return own.length === keys.length && keys.every((k) => Object.hasOwn(o, k));
}

const str = (v: unknown): v is string => typeof v === "string";
const MAX_DATE_MS = 8.64e15;

function dateNode(value: unknown): BsonNode | null {
  let ms: string | null = null;
  if (str(value)) {
    const t = Date.parse(value);
    return Number.isNaN(t) ? null : { type: "date", iso: new Date(t).toISOString(), ms: String(t) };
  }
  if (typeof value === "number") ms = String(value);
  else if (isJsonObject(value) && hasKeys(value, "$numberLong") && str(value.$numberLong)) ms = value.$numberLong;
  if (ms === null || !/^-?\d+$/.test(ms)) return null;
  const n = Number(ms);
  return { type: "date", iso: Math.abs(n) <= MAX_DATE_MS ? new Date(n).toISOString() : null, ms };
}

function binaryNode(base64: unknown, subType: unknown): BsonNode | null {
  if (!str(base64)) return null;
  const sub = normalizeSubType(subType);
  const bytes = base64ToBytes(base64);
  return {
    type: "binary",
    base64,
    subType: sub,
    size: bytes ? bytes.length : null,
    preview: bytes ? hexPreview(bytes) : "",
    uuid: bytes && sub === "04" ? formatUuid(bytes) : null,
  };
}

/** The wrapped types: one (or two) `$`-keys with exactly the expected shape. */
function wrapped(o: JsonObject): BsonNode | null {
  if (hasKeys(o, "$oid") && str(o.$oid)) return { type: "objectId", hex: o.$oid };
  if (hasKeys(o, "$date")) return dateNode(o.$date);
  if (hasKeys(o, "$numberInt") && str(o.$numberInt)) return { type: "int32", value: o.$numberInt };
  if (hasKeys(o, "$numberLong") && str(o.$numberLong)) return { type: "int64", value: o.$numberLong };
  if (hasKeys(o, "$numberDouble") && str(o.$numberDouble)) return { type: "double", value: o.$numberDouble };
  if (hasKeys(o, "$numberDecimal") && str(o.$numberDecimal)) return { type: "decimal128", value: o.$numberDecimal };
  if (hasKeys(o, "$binary") && isJsonObject(o.$binary)) return binaryNode(o.$binary.base64, o.$binary.subType);
  if (hasKeys(o, "$binary", "$type")) return binaryNode(o.$binary, o.$type);
  if (hasKeys(o, "$uuid") && str(o.$uuid) && /^[0-9a-f]{8}-?([0-9a-f]{4}-?){3}[0-9a-f]{12}$/i.test(o.$uuid)) {
    const hex = o.$uuid.replaceAll("-", "").toLowerCase();
    const uuid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    return { type: "binary", base64: "", subType: "04", size: 16, preview: hex, uuid };
  }
  if (hasKeys(o, "$timestamp") && isJsonObject(o.$timestamp)) {
    const { t, i } = o.$timestamp;
    if (typeof t === "number" && typeof i === "number") return { type: "timestamp", t, i };
  }
  if (hasKeys(o, "$regularExpression") && isJsonObject(o.$regularExpression)) {
    const { pattern, options } = o.$regularExpression;
    if (str(pattern) && str(options)) return { type: "regex", pattern, options };
  }
  if (hasKeys(o, "$minKey") && o.$minKey === 1) return { type: "minKey" };
  if (hasKeys(o, "$maxKey") && o.$maxKey === 1) return { type: "maxKey" };
  if (hasKeys(o, "$undefined") && o.$undefined === true) return { type: "undefined" };
  if (hasKeys(o, "$symbol") && str(o.$symbol)) return { type: "symbol", value: o.$symbol };
  if (hasKeys(o, "$code") && str(o.$code)) return { type: "code", code: o.$code, scope: null };
  if (hasKeys(o, "$code", "$scope") && str(o.$code) && isJsonObject(o.$scope)) return { type: "code", code: o.$code, scope: o.$scope };
  if (hasKeys(o, "$dbPointer") && isJsonObject(o.$dbPointer)) {
    const { $ref, $id } = o.$dbPointer;
    if (str($ref) && isJsonObject($id) && str($id.$oid)) return { type: "dbPointer", ref: $ref, id: $id.$oid };
  }
  return null;
}

export function classify(value: unknown): BsonNode {
  if (value === null) return { type: "null" };
  if (value === undefined) return { type: "undefined" };
  if (typeof value === "string") return { type: "string", value };
  if (typeof value === "boolean") return { type: "boolean", value };
  if (typeof value === "number") return { type: "number", value: String(value) };
  if (Array.isArray(value)) return { type: "array", items: value };
  if (isJsonObject(value)) return wrapped(value) ?? { type: "object", entries: Object.entries(value) };
  return { type: "string", value: String(value) };
}

/** True for the values the tree can open: sub-documents and arrays. */
export function isContainer(node: BsonNode): node is Extract<BsonNode, { type: "object" | "array" }> {
  return node.type === "object" || node.type === "array";
}
