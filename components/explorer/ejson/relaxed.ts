/**
 * Canonical Extended JSON → relaxed Extended JSON (what "copy as Extended JSON" puts on the
 * clipboard), following the spec's relaxed mode: Int32, Int64 and finite Doubles become plain
 * numbers, Dates between 1970 and 9999 become ISO strings, every other type keeps its wrapper.
 * Two places keep the canonical wrapper where a plain number would lose the value (bson's own
 * EJSON does not): Int64 beyond ±2^53, and -0.0. Pure; no `bson` in the browser bundle.
 */
import { classify, type JsonObject } from "@/components/explorer/ejson/classify";

const YEAR_10000_MS = 253_402_300_800_000;

function relaxedDate(ms: string, iso: string | null): unknown {
  const n = Number(ms);
  return iso !== null && n >= 0 && n < YEAR_10000_MS ? { $date: iso } : { $date: { $numberLong: ms } };
}

function relaxedDouble(value: string): unknown {
  const n = Number(value);
  if (!Number.isFinite(n) || Object.is(n, -0)) return { $numberDouble: value };
  return n;
}

function relaxedLong(value: string): unknown {
  const n = Number(value);
  return Number.isSafeInteger(n) ? n : { $numberLong: value };
}

/** The relaxed form of one value, as a plain JSON value. */
export function toRelaxed(value: unknown): unknown {
  const node = classify(value);
  switch (node.type) {
    case "object": {
      const out: JsonObject = {};
      for (const [k, v] of node.entries) out[k] = toRelaxed(v);
      return out;
    }
    case "array":
      return node.items.map(toRelaxed);
    case "int32":
      return Number(node.value);
    case "int64":
      return relaxedLong(node.value);
    case "double":
      return relaxedDouble(node.value);
    case "number":
      return Number(node.value);
    case "date":
      return relaxedDate(node.ms, node.iso);
    case "code":
      return node.scope === null ? value : { $code: node.code, $scope: toRelaxed(node.scope) };
    default:
      // Strings, booleans, null, and the types whose relaxed form is their canonical one.
      return value;
  }
}

/** Relaxed Extended JSON text, indented like a pretty-printed document. */
export function toRelaxedText(value: unknown, indent = 2): string {
  return JSON.stringify(toRelaxed(value), null, indent);
}
