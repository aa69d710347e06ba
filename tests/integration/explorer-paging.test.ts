/**
 * Keyset paging against the real Mongo-wire server: walking every page returns every document
 * that was there when the walk began exactly once, in MongoDB's own order — by _id and by a
 * sort field with ties, missing and null values and mixed BSON types, both directions, with a
 * filter — while other documents are being inserted all along (before and after the cursor).
 */
import { EJSON } from "bson";
import { Double, Int32, MaxKey, MinKey, MongoClient, ObjectId } from "mongodb";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { signup } from "../support/apps";
import { allPages, userDb } from "../support/explorer";
import { type KilnProcess, startKiln } from "../support/kiln-process";

let root: MongoClient;
let kiln: KilnProcess;
let user: { token: string; id: string };
let db: string;

/** A sort value of every kind: ties, numbers of different types, missing, null, strings, dates, the extremes. */
function scoreOf(i: number): unknown {
  switch (i % 12) {
    case 0:
      return undefined; // missing
    case 1:
      return null;
    case 2:
      return `s${i % 3}`;
    case 3:
      return new Double(2); // ties with Int32(2)
    case 4:
      return new Date(Date.UTC(2026, 0, 1 + (i % 4)));
    case 5:
      return i % 24 === 5 ? new MinKey() : new MaxKey();
    case 6:
      return i % 5 === 0;
    case 7:
      return new Double(Number.NaN);
    default:
      return new Int32(i % 5);
  }
}

function original(i: number) {
  const doc: Record<string, unknown> = { i, meta: i % 2 === 0 ? { rank: new Int32(i % 7) } : {} };
  const score = scoreOf(i);
  if (score !== undefined) doc.score = score;
  return doc;
}

const key = (id: unknown) => EJSON.stringify(id as never, { relaxed: false });

/**
 * Inserts documents all along while `walk` runs (in the background, and between pages when the
 * walk asks), with sort values and _ids on both sides of any cursor.
 */
async function whileInserting<T>(collection: string, walk: (insertSome: () => Promise<void>) => Promise<T>): Promise<T> {
  const col = root.db(db).collection(collection);
  let n = 0;
  const insertSome = async () => {
    n++;
    await col.insertMany([
      { i: 10_000 + n, score: new Int32(n % 5), meta: { rank: new Int32(n % 7) }, late: true },
      { i: 20_000 + n, score: `s${n % 3}`, late: true },
      { i: 30_000 + n, late: true }, // missing score: sorts first ascending
      { _id: ObjectId.createFromTime(n), i: -n, score: new MaxKey(), late: true }, // an _id before every other ObjectId
    ]);
  };
  let done = false;
  // Bounded, or an ascending walk would chase new documents for ever.
  const background = (async () => {
    for (let batch = 0; batch < 30 && !done; batch++) {
      await insertSome();
      await new Promise((r) => setTimeout(r, 5));
    }
  })();
  try {
    return await walk(insertSome);
  } finally {
    done = true;
    await background;
  }
}

async function seed(collection: string, count: number): Promise<Set<string>> {
  const res = await root
    .db(db)
    .collection(collection)
    .insertMany(Array.from({ length: count }, (_, i) => original(i)));
  return new Set(Object.values(res.insertedIds).map(key));
}

/** The originals in MongoDB's own order for this sort (a direct query, no paging). */
async function expectedOrder(collection: string, originals: Set<string>, sort: string, filter: object = {}): Promise<string[]> {
  const field = sort.replace(/^-/, "");
  const dir = sort.startsWith("-") ? -1 : 1;
  const spec = field === "_id" ? { _id: dir } : { [field]: dir, _id: 1 };
  const docs = await root
    .db(db)
    .collection(collection)
    .find({ ...filter, late: { $exists: false } })
    .sort(spec as never)
    .toArray();
  return docs.map((d) => key(d._id)).filter((k) => originals.has(k));
}

beforeAll(async () => {
  root = new MongoClient(inject("mongoUrl"));
  kiln = await startKiln({ env: { MONGODB_URL: inject("mongoUrl") } });
  user = await signup(kiln.url, "expaging");
  db = userDb(user.id);
});

afterAll(async () => {
  await kiln?.stop();
  await root?.close();
});

describe("every original document exactly once, in order, while others are inserted", () => {
  it.each([
    ["_id", undefined],
    ["-_id", undefined],
    ["score", undefined],
    ["-score", undefined],
    ["meta.rank", undefined],
    ["-meta.rank", undefined],
    ["score", '{"score": {"$ne": "s2"}}'],
  ])("sort %s, filter %s", async (sort, filter) => {
    const collection = `walk_${sort.replace(/\W/g, "_")}_${filter ? "f" : "all"}`;
    const originals = await seed(collection, 240);
    const expected = await expectedOrder(collection, originals, sort, filter ? { score: { $ne: "s2" } } : {});
    const { documents, pages } = await whileInserting(collection, (insertSome) =>
      allPages(kiln.url, user.token, db, collection, { sort, filter, limit: 10 }, (page) =>
        page <= 20 ? insertSome() : Promise.resolve(),
      ),
    );
    const seen = documents.map((d) => key(EJSON.deserialize({ _id: d._id }, { relaxed: false })._id));
    expect(new Set(seen).size, "no document twice").toBe(seen.length);
    expect(seen.filter((k) => originals.has(k))).toEqual(expected);
    expect(expected.length).toBe(filter ? 220 : 240);
    expect(pages).toBeGreaterThanOrEqual(expected.length / 10);
    expect(documents.some((d) => d.late)).toBe(true); // some late arrivals sorted after the cursor were picked up
  });
});

describe("_ids of mixed types", () => {
  it("pages through numbers, strings, ObjectIds, dates and booleans in MongoDB's type order", async () => {
    const col = root.db(db).collection<{ _id: unknown }>("mixed_ids");
    const ids: unknown[] = [
      new Int32(3),
      new Double(1.5),
      -7,
      "a",
      "b",
      "",
      new ObjectId(),
      new ObjectId(),
      new Date(0),
      new Date(1),
      true,
      false,
      { compound: 1 },
      new MinKey(),
      new MaxKey(),
    ];
    await col.insertMany(ids.map((_id) => ({ _id })) as never);
    for (const sort of ["_id", "-_id"]) {
      const expected = (
        await col
          .find({})
          .sort({ _id: sort === "_id" ? 1 : -1 })
          .toArray()
      ).map((d) => key(d._id));
      const { documents } = await allPages(kiln.url, user.token, db, "mixed_ids", { sort, limit: 10 });
      expect(documents.map((d) => key(EJSON.deserialize({ _id: d._id }, { relaxed: false })._id))).toEqual(expected);
    }
  });
});
