/**
 * What the explorer shows lives in the URL (`/data?db=&collection=&filter=&sort=&projection=&limit=`),
 * so dashboard links, reloads and the back button all work. Pure parse and build, unit tested.
 */

import { DEFAULT_PAGE_SIZE, PAGE_SIZES, type PageSize } from "@/lib/schemas/data";

/** The query applied to a collection; the empty string means "none". */
export interface ExplorerQuery {
  filter: string;
  /** `field` ascending or `-field` descending, as the API takes it. */
  sort: string;
  projection: string;
  limit: PageSize;
}

export interface ExplorerParams extends ExplorerQuery {
  db: string | null;
  collection: string | null;
}

export const EMPTY_QUERY: ExplorerQuery = { filter: "", sort: "", projection: "", limit: DEFAULT_PAGE_SIZE };

export function toPageSize(value: unknown): PageSize {
  const n = Number(value);
  return (PAGE_SIZES as readonly number[]).includes(n) ? (n as PageSize) : DEFAULT_PAGE_SIZE;
}

export function readParams(search: { get(name: string): string | null }): ExplorerParams {
  const db = search.get("db") || null;
  return {
    db,
    // A collection means nothing without its database.
    collection: db ? search.get("collection") || null : null,
    filter: search.get("filter")?.trim() ?? "",
    sort: search.get("sort")?.trim() ?? "",
    projection: search.get("projection")?.trim() ?? "",
    limit: toPageSize(search.get("limit")),
  };
}

/** The `/data` URL for these params; empty and default values stay out of it. */
export function explorerUrl(p: Partial<ExplorerParams>): string {
  const search = new URLSearchParams();
  if (p.db) search.set("db", p.db);
  if (p.db && p.collection) search.set("collection", p.collection);
  if (p.filter) search.set("filter", p.filter);
  if (p.sort) search.set("sort", p.sort);
  if (p.projection) search.set("projection", p.projection);
  if (p.limit && p.limit !== DEFAULT_PAGE_SIZE) search.set("limit", String(p.limit));
  const query = search.toString();
  return query ? `/data?${query}` : "/data";
}

/** Splits `-field` into its field and direction (and back). */
export function parseSort(sort: string): { field: string; direction: "asc" | "desc" } {
  return sort.startsWith("-") ? { field: sort.slice(1), direction: "desc" } : { field: sort, direction: "asc" };
}

export function formatSort(field: string, direction: "asc" | "desc"): string {
  const f = field.trim().replace(/^-+/, "");
  return f === "" ? "" : direction === "desc" ? `-${f}` : f;
}

/** One string per distinct query, for keys (cursor stacks, remounting the query bar). */
export function queryKey(p: ExplorerParams): string {
  return JSON.stringify([p.db, p.collection, p.filter, p.sort, p.projection, p.limit]);
}
