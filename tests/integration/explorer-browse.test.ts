/**
 * The data explorer over REST (and tRPC) against a real Kiln and the shared Mongo-wire server:
 * a user browses their own database with every BSON type coming back as canonical Extended
 * JSON; another user's database answers the same 404 as a missing one, at every level; admins
 * see every Kiln user's database with its owner, and nothing else on the server.
 */

import { EJSON } from "bson";
import { Binary, BSONRegExp, Code, Decimal128, Double, Int32, Long, MaxKey, MinKey, MongoClient, ObjectId, Timestamp, UUID } from "mongodb";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { api } from "../support/api";
import { signup, trpcQuery } from "../support/apps";
import { dataApi, userDb } from "../support/explorer";
import { type KilnProcess, startKiln } from "../support/kiln-process";
import { freePort } from "../support/mongo";

let root: MongoClient;
let kiln: KilnProcess;
let admin: { token: string; id: string };
let ann: { token: string; id: string };
let ben: { token: string; id: string };

const everyType = {
  _id: new ObjectId("65a1b2c3d4e5f60718293a4b"),
  int32: new Int32(42),
  int32Negative: new Int32(-7),
  double: new Double(1.5),
  doubleWhole: new Double(5),
  doubleNegativeZero: new Double(-0),
  doubleNaN: new Double(Number.NaN),
  doubleInfinity: new Double(Number.POSITIVE_INFINITY),
  long: Long.fromString("9007199254740993"),
  decimal: Decimal128.fromString("123.450"),
  date: new Date("2026-11-23T12:34:56.789Z"),
  dateBefore1970: new Date("1950-01-01T00:00:00Z"),
  string: "ünïcödé ✓ \u0000 nul",
  bool: true,
  nil: null,
  binary: new Binary(Buffer.from([0, 1, 2, 254, 255]), 0),
  uuid: new UUID("6f1c8b4e-8f55-4c3e-9a77-1f0b2f6f3e2a"),
  userBinary: new Binary(Buffer.from("custom"), 0x80),
  timestamp: new Timestamp({ t: 1_763_900_000, i: 7 }),
  regex: new BSONRegExp("^ab+c$", "i"),
  minKey: new MinKey(),
  maxKey: new MaxKey(),
  code: new Code("function () { return 1; }"),
  object: { nested: { deep: new Int32(1), list: [new Long(2), "three", { four: new Double(4.5) }] } },
  emptyObject: {},
  emptyArray: [],
};

beforeAll(async () => {
  root = new MongoClient(inject("mongoUrl"));
  kiln = await startKiln({ env: { MONGODB_URL: inject("mongoUrl") } });
  admin = await signup(kiln.url, "exadmin");
  ann = await signup(kiln.url, "exann");
  ben = await signup(kiln.url, "exben");
  const annDb = root.db(userDb(ann.id));
  await annDb.collection("types").insertOne(everyType);
  await annDb.collection<any>("people").insertMany(
    Array.from({ length: 30 }, (_, i) => ({
      _id: new Int32(i),
      name: `p${i}`,
      age: new Int32(20 + (i % 5)),
      address: { city: `c${i % 3}`, zip: i },
    })),
  );
  await annDb.collection("_platform_request_logs").insertOne({ ts: new Date(), app_id: "x" });
  await root.db(userDb(ben.id)).collection("secrets").insertOne({ secret: "ben's" });
  await root.db("explorer_not_kiln").collection("c").insertOne({ a: 1 });
  await root.db("kiln_u_ghostuser").collection("c").insertOne({ a: 1 });
});

afterAll(async () => {
  await kiln?.stop();
  await root?.db("explorer_not_kiln").dropDatabase();
  await root?.db("kiln_u_ghostuser").dropDatabase();
  await root?.close();
});

describe("a user's own database", () => {
  it("is the only one they see, with its size and collections", async () => {
    const res = await dataApi(kiln.url, ann.token).databases();
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      databases: [{ name: userDb(ann.id), sizeBytes: expect.any(Number), collections: 3, owner: { id: ann.id, username: "exann" } }],
    });
    expect(res.body.databases[0].sizeBytes).toBeGreaterThan(0);
  });

  it("is listed (empty) before anything was stored in it", async () => {
    const res = await dataApi(kiln.url, admin.token).databases();
    expect(res.body.databases[0]).toEqual({
      name: userDb(admin.id),
      sizeBytes: 0,
      collections: 0,
      owner: { id: admin.id, username: "exadmin" },
    });
  });

  it("lists collections with estimated counts, sizes and internal ones flagged", async () => {
    const res = await dataApi(kiln.url, ann.token).collections(userDb(ann.id));
    expect(res.status).toBe(200);
    expect(res.body.collections).toEqual([
      { name: "people", count: 30, countIsEstimate: true, sizeBytes: expect.any(Number), internal: false },
      { name: "types", count: 1, countIsEstimate: true, sizeBytes: expect.any(Number), internal: false },
      { name: "_platform_request_logs", count: 1, countIsEstimate: true, sizeBytes: expect.any(Number), internal: true },
    ]);
  });

  it("returns every BSON type as canonical Extended JSON", async () => {
    const res = await dataApi(kiln.url, ann.token).documents(userDb(ann.id), "types");
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.nextCursor).toBeNull();
    const [doc] = res.body.documents;
    expect(doc).toEqual(EJSON.serialize(everyType, { relaxed: false }));
    expect(doc).toMatchObject({
      _id: { $oid: "65a1b2c3d4e5f60718293a4b" },
      int32: { $numberInt: "42" },
      doubleWhole: { $numberDouble: "5.0" },
      doubleNegativeZero: { $numberDouble: "-0.0" },
      doubleNaN: { $numberDouble: "NaN" },
      doubleInfinity: { $numberDouble: "Infinity" },
      long: { $numberLong: "9007199254740993" },
      decimal: { $numberDecimal: "123.450" },
      date: { $date: { $numberLong: String(everyType.date.getTime()) } },
      uuid: { $binary: { base64: "bxyLTo9VTD6adx8LL28+Kg==", subType: "04" } },
      userBinary: { $binary: { base64: Buffer.from("custom").toString("base64"), subType: "80" } },
      timestamp: { $timestamp: { t: 1_763_900_000, i: 7 } },
      regex: { $regularExpression: { pattern: "^ab+c$", options: "i" } },
      minKey: { $minKey: 1 },
      maxKey: { $maxKey: 1 },
      code: { $code: "function () { return 1; }" },
      object: { nested: { deep: { $numberInt: "1" }, list: [{ $numberLong: "2" }, "three", { four: { $numberDouble: "4.5" } }] } },
    });
  });

  it("filters, sorts, projects and counts", async () => {
    const data = dataApi(kiln.url, ann.token);
    const db = userDb(ann.id);
    const res = await data.documents(db, "people", {
      filter: '{"age": {"$gte": 23}, "address.city": {"$in": ["c0", "c1"]}}',
      sort: "-age",
      projection: '{"name": 1, "address.city": 1, "_id": 0}',
      limit: 10,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.documents.slice(0, 3)).toEqual([
      { name: "p4", address: { city: "c1" } },
      { name: "p9", address: { city: "c0" } },
      { name: "p19", address: { city: "c1" } },
    ]);
    expect(res.body.documents).toHaveLength(8);
    expect(res.body.nextCursor).toBeNull();
    expect((await data.count(db, "people", '{"age": {"$gte": 23}, "address.city": {"$in": ["c0", "c1"]}}')).body).toEqual({
      count: 8,
      exact: true,
    });
    expect((await data.count(db, "people")).body).toEqual({ count: 30, exact: true });
  });

  it("takes page sizes of 10, 25, 50 or 100 only", async () => {
    const data = dataApi(kiln.url, ann.token);
    const page = await data.documents(userDb(ann.id), "people", { limit: 25 });
    expect(page.body.documents).toHaveLength(25);
    expect(page.body.nextCursor).toEqual(expect.any(String));
    const bad = await data.documents(userDb(ann.id), "people", { limit: 7 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe("limit: limit must be one of 10, 25, 50, 100");
  });

  it("answers 404 for a collection that does not exist", async () => {
    const res = await dataApi(kiln.url, ann.token).documents(userDb(ann.id), "nope");
    expect(res.status).toBe(404);
    expect(res.body.error.message).toBe("Collection not found");
  });

  it("serves the same procedures over tRPC", async () => {
    const res = await trpcQuery(kiln.url, ann.token, "data.documents", {
      db: userDb(ann.id),
      collection: "people",
      limit: 10,
      sort: "name",
    });
    expect(res.status).toBe(200);
    expect(res.data.documents[0]).toEqual({
      _id: { $numberInt: "0" },
      name: "p0",
      age: { $numberInt: "20" },
      address: { city: "c0", zip: { $numberInt: "0" } },
    });
  });
});

describe("someone else's database", () => {
  const notFound = { error: { code: "not_found", message: "Database not found" } };

  it("answers exactly like a database that does not exist, at every level, leaking nothing", async () => {
    const data = dataApi(kiln.url, ann.token);
    const names = [userDb(ben.id), userDb("doesnotexist1"), "admin", "local", "config", "explorer_not_kiln", "kiln_u_ghostuser"];
    for (const db of names) {
      for (const res of [
        await data.collections(db),
        await data.count(db, "secrets"),
        await data.count(db, "nope"),
        await data.documents(db, "secrets"),
        await data.documents(db, "nope", { filter: '{"secret": "ben\'s"}' }),
      ]) {
        expect(res.status, db).toBe(404);
        expect(res.body, db).toEqual(notFound);
        expect(JSON.stringify(res.body)).not.toContain("secrets");
      }
    }
    const listed = await data.databases();
    expect(JSON.stringify(listed.body)).not.toContain(ben.id);
  });

  it("also over tRPC", async () => {
    const res = await trpcQuery(kiln.url, ann.token, "data.collections", { db: userDb(ben.id) });
    expect(res.status).toBe(404);
    expect(res.error?.message).toBe("Database not found");
  });
});

describe("an admin", () => {
  it("sees every Kiln user's database with its owner, and nothing else on the server", async () => {
    const res = await dataApi(kiln.url, admin.token).databases();
    expect(res.status).toBe(200);
    const names = res.body.databases.map((d: { name: string }) => d.name);
    expect(names[0]).toBe(userDb(admin.id)); // their own first
    expect(res.body.databases).toEqual(
      expect.arrayContaining([
        { name: userDb(ann.id), sizeBytes: expect.any(Number), collections: 3, owner: { id: ann.id, username: "exann" } },
        { name: userDb(ben.id), sizeBytes: expect.any(Number), collections: 1, owner: { id: ben.id, username: "exben" } },
      ]),
    );
    for (const db of names) expect(db).toMatch(/^kiln_u_/);
    expect(names).not.toContain("kiln_u_ghostuser"); // no such Kiln user
    expect(names).not.toContain("explorer_not_kiln");
    expect(names).not.toContain("admin");
  });

  it("reads any user's database, and still gets 404 for anything that is not one", async () => {
    const data = dataApi(kiln.url, admin.token);
    const docs = await data.documents(userDb(ben.id), "secrets", { projection: '{"_id": 0}' });
    expect(docs.body).toEqual({ documents: [{ secret: "ben's" }], nextCursor: null });
    for (const db of ["admin", "explorer_not_kiln", "kiln_u_ghostuser"]) {
      expect((await data.collections(db)).status, db).toBe(404);
    }
  });

  it("lists the routes in the OpenAPI document", async () => {
    const doc = (await api(kiln.url).get("/openapi.json")).body;
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/databases",
        "/databases/{db}/collections",
        "/databases/{db}/collections/{collection}/count",
        "/databases/{db}/collections/{collection}/documents",
      ]),
    );
  });
});

describe("without MongoDB", () => {
  it("answers 503 with details.mongo (and still 404 for other users' databases)", async () => {
    const bare = await startKiln();
    try {
      const u = await signup(bare.url, "exnomongo");
      const data = dataApi(bare.url, u.token);
      const res = await data.databases();
      expect(res.status).toBe(503);
      expect(res.body.error.details).toEqual({ mongo: "disabled" });
      expect((await data.documents(userDb(u.id), "c")).status).toBe(503);
      expect((await data.collections(userDb("someoneelse1"))).status).toBe(404);
    } finally {
      await bare.stop();
    }
  });

  it("answers 503 with details.mongo down while MongoDB is unreachable", async () => {
    const down = await startKiln({ env: { MONGODB_URL: `mongodb://127.0.0.1:${await freePort()}/?directConnection=true` } });
    try {
      const u = await signup(down.url, "exdownmongo");
      for (const res of [await dataApi(down.url, u.token).databases(), await dataApi(down.url, u.token).documents(userDb(u.id), "c")]) {
        expect(res.status).toBe(503);
        expect(res.body.error).toMatchObject({ message: expect.stringContaining("MongoDB is unreachable"), details: { mongo: "down" } });
      }
    } finally {
      await down.stop();
    }
  });
});
