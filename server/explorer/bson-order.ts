/**
 * MongoDB's sort order across BSON types, as far as keyset paging needs it. Values of different
 * types sort by type bracket first (MinKey < null/missing < numbers < strings < objects < arrays
 * < binary < ObjectId < booleans < dates < timestamps < regexes < … < MaxKey), and query
 * comparisons (`$gt`, `$lt`) only ever match inside the bracket of their operand: so "after this
 * value" is "after it in its bracket" plus "every later bracket", which `$type` selects.
 * Pure: tested in keyset.test.ts.
 */

export const Bracket = {
  MinKey: 0,
  Null: 1,
  Number: 2,
  String: 3,
  Object: 4,
  Array: 5,
  Binary: 6,
  ObjectId: 7,
  Boolean: 8,
  Date: 9,
  Timestamp: 10,
  Regex: 11,
  DBPointer: 12,
  Code: 13,
  CodeWithScope: 14,
  MaxKey: 15,
} as const;
export type Bracket = (typeof Bracket)[keyof typeof Bracket];

/** `$type` aliases of each bracket (null's own are never needed: `{$eq: null}` also finds missing fields). */
const TYPE_ALIASES: Record<Bracket, string[]> = {
  [Bracket.MinKey]: ["minKey"],
  [Bracket.Null]: [],
  [Bracket.Number]: ["double", "int", "long", "decimal"],
  [Bracket.String]: ["string", "symbol"],
  [Bracket.Object]: ["object"],
  [Bracket.Array]: [], // arrays are refused as sort values (explorer/keyset)
  [Bracket.Binary]: ["binData"],
  [Bracket.ObjectId]: ["objectId"],
  [Bracket.Boolean]: ["bool"],
  [Bracket.Date]: ["date"],
  [Bracket.Timestamp]: ["timestamp"],
  [Bracket.Regex]: ["regex"],
  [Bracket.DBPointer]: ["dbPointer"],
  [Bracket.Code]: ["javascript"],
  [Bracket.CodeWithScope]: ["javascriptWithScope"],
  [Bracket.MaxKey]: ["maxKey"],
};

const BY_BSONTYPE: Record<string, Bracket> = {
  MinKey: Bracket.MinKey,
  MaxKey: Bracket.MaxKey,
  Int32: Bracket.Number,
  Double: Bracket.Number,
  Long: Bracket.Number,
  Decimal128: Bracket.Number,
  BSONSymbol: Bracket.String,
  DBRef: Bracket.Object,
  Binary: Bracket.Binary,
  ObjectId: Bracket.ObjectId,
  Timestamp: Bracket.Timestamp,
  BSONRegExp: Bracket.Regex,
};

export function bracketOf(v: unknown): Bracket {
  if (v === null || v === undefined) return Bracket.Null;
  switch (typeof v) {
    case "number":
    case "bigint":
      return Bracket.Number;
    case "string":
      return Bracket.String;
    case "boolean":
      return Bracket.Boolean;
  }
  if (Array.isArray(v)) return Bracket.Array;
  if (v instanceof Date) return Bracket.Date;
  if (v instanceof RegExp) return Bracket.Regex;
  const type = (v as { _bsontype?: string })._bsontype;
  if (type === "Code") return (v as { scope?: unknown }).scope ? Bracket.CodeWithScope : Bracket.Code;
  return type === undefined ? Bracket.Object : (BY_BSONTYPE[type] ?? Bracket.Object);
}

/** NaN sorts below every other number, and `$gt`/`$lt` never match it. */
export function isNaNValue(v: unknown): boolean {
  if (typeof v === "number") return Number.isNaN(v);
  const type = (v as { _bsontype?: string } | null)?._bsontype;
  if (type === "Double") return Number.isNaN((v as { value: number }).value);
  if (type === "Decimal128") return String(v).includes("NaN");
  return false;
}

/** `$type` aliases of the brackets strictly between `low` and `high` (arrays and null excluded). */
export function typesBetween(low: number, high: number): string[] {
  const out: string[] = [];
  for (let b = low + 1; b < high; b++) out.push(...TYPE_ALIASES[b as Bracket]);
  return out;
}

/** Brackets whose `$gt`/`$lt` the query language refuses or does not define: compared with `$expr` instead. */
export const EXPR_COMPARED = new Set<Bracket>([Bracket.Regex, Bracket.DBPointer, Bracket.Code, Bracket.CodeWithScope]);

export function typeAliases(b: Bracket): string[] {
  return TYPE_ALIASES[b];
}
