/** Helpers for the data-explorer tests: the /databases REST routes, and walking every page of a query. */
import { api } from "./api";

export interface DocumentsQuery {
  filter?: string;
  sort?: string;
  projection?: string;
  limit?: number;
  after?: string;
}

export const userDb = (userId: string) => `kiln_u_${userId}`;

function query(q: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v !== undefined) params.set(k, String(v));
  const s = params.toString();
  return s ? `?${s}` : "";
}

export function dataApi(base: string, token: string) {
  const a = api(base, token);
  const coll = (db: string, c: string) => `/databases/${encodeURIComponent(db)}/collections/${encodeURIComponent(c)}`;
  return {
    databases: () => a.get("/databases"),
    collections: (db: string) => a.get(`/databases/${encodeURIComponent(db)}/collections`),
    count: (db: string, c: string, filter?: string) => a.get(`${coll(db, c)}/count${query({ filter })}`),
    documents: (db: string, c: string, q: DocumentsQuery = {}) => a.get(`${coll(db, c)}/documents${query({ ...q })}`),
  };
}

/**
 * Every page of a query, in order; `between` runs after each page (to change the collection
 * while paging). Fails on any non-200 page.
 */
export async function allPages(
  base: string,
  token: string,
  db: string,
  collection: string,
  q: Omit<DocumentsQuery, "after">,
  between?: (page: number) => Promise<void>,
): Promise<{ documents: Record<string, any>[]; pages: number }> {
  const data = dataApi(base, token);
  const documents: Record<string, any>[] = [];
  let after: string | undefined;
  for (let pages = 1; ; pages++) {
    const res = await data.documents(db, collection, { ...q, after });
    if (res.status !== 200) throw new Error(`page ${pages}: ${res.status} ${JSON.stringify(res.body)}`);
    documents.push(...res.body.documents);
    await between?.(pages);
    if (!res.body.nextCursor) return { documents, pages };
    after = res.body.nextCursor;
  }
}
