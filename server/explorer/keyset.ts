/**
 * Keyset paging: documents are ordered by (sort field, _id) — or by _id alone — and the next
 * page starts strictly after the last document of the previous one, so documents inserted
 * meanwhile never shift a page, repeat a document or skip one. "Strictly after" is a list of
 * disjoint predicates in sort order (explorer/bson-order): the rest of the value's own type
 * bracket, then the later brackets; documents missing the field sort with null (first when
 * ascending, last when descending) and `{$eq: null}` finds both. Pure: tested in keyset.test.ts.
 */
import type { Document } from "mongodb";
import { isDocument } from "@/lib/explorer/ejson-text";
import type { SortSpec } from "@/lib/explorer/sort";
import { Bracket, bracketOf, EXPR_COMPARED, isNaNValue, typeAliases, typesBetween } from "@/server/explorer/bson-order";

export type Direction = 1 | -1;

/** Where a page ended: the last document's _id and sort value (null when the field is missing). */
export interface Position {
  id: unknown;
  value?: unknown;
}

/** Values in the same bracket as `v`, after it. */
function restOfBracket(path: string, v: unknown, dir: Direction): Document[] {
  const b = bracketOf(v);
  if (b === Bracket.MinKey || b === Bracket.Null || b === Bracket.MaxKey) return [];
  if (b === Bracket.Number) {
    if (isNaNValue(v)) return dir === 1 ? [{ [path]: { $gte: -Infinity } }] : [];
    return dir === 1 ? [{ [path]: { $gt: v } }] : [{ [path]: { $lt: v } }, { [path]: { $eq: Number.NaN } }];
  }
  const op = dir === 1 ? "$gt" : "$lt";
  if (EXPR_COMPARED.has(b)) return [{ [path]: { $type: typeAliases(b) }, $expr: { [op]: [`$${path}`, { $literal: v }] } }];
  return [{ [path]: { [op]: v } }];
}

/** The brackets after `v`'s own, in sort order. */
function laterBrackets(path: string, b: Bracket, dir: Direction): Document[] {
  const ofTypes = (types: string[]) => (types.length > 0 ? [{ [path]: { $type: types } }] : []);
  if (dir === 1) {
    if (b === Bracket.MinKey) return [{ [path]: { $eq: null } }, ...ofTypes(typesBetween(Bracket.Null, Bracket.MaxKey + 1))];
    return ofTypes(typesBetween(Math.max(b, Bracket.Null), Bracket.MaxKey + 1));
  }
  const out: Document[] = [];
  if (b > Bracket.Null) out.push(...ofTypes(typesBetween(Bracket.Null, b)), { [path]: { $eq: null } });
  if (b > Bracket.MinKey) out.push({ [path]: { $type: typeAliases(Bracket.MinKey) } });
  return out;
}

/** Disjoint predicates selecting, in order, every value strictly after `v` along `path`. */
export function strictlyAfter(path: string, v: unknown, dir: Direction): Document[] {
  return [...restOfBracket(path, v, dir), ...laterBrackets(path, bracketOf(v), dir)];
}

/** Disjoint predicates selecting, in page order, every document strictly after `pos`. */
export function afterPosition(sort: SortSpec, pos: Position): Document[] {
  if (sort.field === "_id") return strictlyAfter("_id", pos.id, sort.direction);
  const value = pos.value ?? null;
  const tie = { [sort.field]: { $eq: value } };
  return [...strictlyAfter("_id", pos.id, 1).map((p) => ({ ...tie, ...p })), ...strictlyAfter(sort.field, value, sort.direction)];
}

/** MongoDB's sort for a page: the field, then _id ascending to break ties. */
export function mongoSort(sort: SortSpec): Record<string, Direction> {
  return sort.field === "_id" ? { _id: sort.direction } : { [sort.field]: sort.direction, _id: 1 };
}

export const HOLDS_ARRAY = Symbol("holds an array");

/** The value MongoDB sorts `doc` by on `path` (null when missing), or HOLDS_ARRAY when an array lies on the path. */
export function sortValueOf(doc: unknown, path: string): unknown {
  let cur: unknown = doc;
  for (const segment of path.split(".")) {
    if (Array.isArray(cur)) return HOLDS_ARRAY;
    if (!isDocument(cur)) return null;
    cur = cur[segment];
  }
  if (Array.isArray(cur)) return HOLDS_ARRAY;
  return cur === undefined ? null : cur;
}
