/** An audit record's `detail` as short `key: value` text; unit tested. */

export interface DetailEntry {
  key: string;
  value: string;
}

/** Past this many characters (or with more than one entry) the cell folds and offers to expand. */
const FOLD_AT = 48;

/** One value, compact: strings bare, lists in brackets, objects in braces, nothing as a dash. */
export function formatDetailValue(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return `[${value.map(formatDetailValue).join(", ")}]`;
  if (typeof value === "object") {
    const inner = Object.entries(value as Record<string, unknown>).map(([k, v]) => `${k}: ${formatDetailValue(v)}`);
    return `{${inner.join(", ")}}`;
  }
  return String(value);
}

/** The record's detail as entries in the server's order; none for a missing or empty detail. */
export function detailEntries(detail: Record<string, unknown> | null | undefined): DetailEntry[] {
  if (!detail || typeof detail !== "object") return [];
  return Object.entries(detail).map(([key, value]) => ({ key, value: formatDetailValue(value) }));
}

/** All entries on one line: `from: user · to: admin`. */
export function detailSummary(entries: readonly DetailEntry[]): string {
  return entries.map((e) => `${e.key}: ${e.value}`).join(" · ");
}

/** Whether the one-line summary hides something worth expanding. */
export function detailFolds(entries: readonly DetailEntry[]): boolean {
  return entries.length > 1 || detailSummary(entries).length > FOLD_AT;
}
