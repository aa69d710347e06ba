/**
 * `data.documents`: one keyset page of a collection (explorer/keyset), filtered, sorted and
 * projected, each document as canonical Extended JSON so every BSON type reaches the browser
 * as itself. Read-only: find (and listCollections to tell a missing collection).
 */
import "server-only";
import { EJSON } from "bson";
import type { Collection, Document } from "mongodb";
import type { Doc } from "@/lib/explorer/ejson-text";
import type { ProjectionSpec } from "@/lib/explorer/projection";
import type { SortSpec } from "@/lib/explorer/sort";
import type { DataDocumentsInput, DataDocumentsOutput } from "@/lib/schemas/data";
import { Invalid } from "@/server/errors";
import { databaseFor } from "@/server/explorer/access";
import { explorerMaxTimeMS, withExplorer } from "@/server/explorer/client";
import { requireCollection } from "@/server/explorer/collections";
import { decodePageCursor, encodePageCursor } from "@/server/explorer/cursor";
import { queryTimedOut } from "@/server/explorer/errors";
import { afterPosition, HOLDS_ARRAY, mongoSort, type Position, sortValueOf } from "@/server/explorer/keyset";
import { applyProjection, mongoProjection } from "@/server/explorer/projection";
import { filterOf, projectionOf, sortOf } from "@/server/explorer/query-input";
import type { CurrentUser } from "@/server/services/auth";

const DOING = "reading documents";

interface PageQuery {
  filter: Doc;
  sort: SortSpec;
  projection: ProjectionSpec | null;
  position: Position | null;
  limit: number;
}

const and = (a: Document, b: Document): Document => (Object.keys(b).length === 0 ? a : Object.keys(a).length === 0 ? b : { $and: [a, b] });

/**
 * Up to limit + 1 documents after the position (one more tells whether a next page exists),
 * one find per predicate of the keyset until enough; the time limit spans them all.
 */
async function fetchPage(col: Collection, q: PageQuery): Promise<Document[]> {
  const maxTimeMS = explorerMaxTimeMS();
  const deadline = Date.now() + maxTimeMS;
  const found: Document[] = [];
  for (const segment of q.position ? afterPosition(q.sort, q.position) : [{}]) {
    const remaining = deadline - Date.now();
    if (remaining <= 0) throw queryTimedOut(DOING, maxTimeMS);
    const batch = await col
      .find(and(q.filter, segment), {
        sort: mongoSort(q.sort),
        limit: q.limit + 1 - found.length,
        projection: mongoProjection(q.projection, q.sort.field),
        maxTimeMS: remaining,
        // Keep every BSON type as itself (an Int32 is not a Double, a Long not a number).
        promoteValues: false,
        promoteLongs: false,
        promoteBuffers: false,
        bsonRegExp: true,
      })
      .toArray();
    found.push(...batch);
    if (found.length > q.limit) break;
  }
  return found;
}

/** Arrays sort by their smallest (or largest) element and match range queries element-wise: no keyset can page them. */
function refuseArraySortValues(docs: Document[], field: string): void {
  if (field === "_id") return;
  const holder = docs.find((d) => sortValueOf(d, field) === HOLDS_ARRAY);
  if (holder) {
    throw Invalid(`sort: ${field} holds an array in some documents; the explorer can only sort by a field with single values`, {
      sort: field,
      _id: EJSON.serialize({ _id: holder._id ?? null }, { relaxed: false })._id,
    });
  }
}

export async function listDocuments(user: CurrentUser, input: DataDocumentsInput): Promise<DataDocumentsOutput> {
  const target = await databaseFor(user, input.db);
  const sort = sortOf(input.sort);
  const q: PageQuery = {
    filter: filterOf(input.filter),
    sort,
    projection: projectionOf(input.projection),
    position: input.after ? decodePageCursor(input.after, sort) : null,
    limit: input.limit,
  };
  return withExplorer(DOING, async (client) => {
    const database = client.db(target.name);
    await requireCollection(database, input.collection);
    const found = await fetchPage(database.collection(input.collection), q);
    refuseArraySortValues(found, sort.field);
    const page = found.slice(0, q.limit);
    const last = page.at(-1);
    const nextCursor =
      found.length > q.limit && last ? encodePageCursor(sort, { id: last._id ?? null, value: sortValueOf(last, sort.field) }) : null;
    return {
      documents: page.map((d) => EJSON.serialize(applyProjection(d, q.projection), { relaxed: false }) as Doc),
      nextCursor,
    };
  });
}
