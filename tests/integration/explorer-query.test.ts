/**
 * What the explorer refuses before a query runs, and how MongoDB's own refusals come back:
 * server-side JavaScript and unknown operators (named, with where they stood), bad JSON (with
 * its position), bad sort / projection / cursor, queries MongoDB rejects, queries that run out
 * of time (KILN_EXPLORER_MAX_TIME_MS).
 */
import { MongoClient } from "mongodb";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { signup } from "../support/apps";
import { dataApi, userDb } from "../support/explorer";
import { type KilnProcess, startKiln } from "../support/kiln-process";

let root: MongoClient;
let kiln: KilnProcess;
let user: { token: string; id: string };
let db: string;

beforeAll(async () => {
  root = new MongoClient(inject("mongoUrl"));
  kiln = await startKiln({ env: { MONGODB_URL: inject("mongoUrl") } });
  user = await signup(kiln.url, "exquery");
  db = userDb(user.id);
  await root
    .db(db)
    .collection<any>("items")
    .insertMany([
      { _id: 1, n: 1, tags: ["a", "b"] },
      { _id: 2, n: 2, tags: ["c"] },
    ]);
});

afterAll(async () => {
  await kiln?.stop();
  await root?.close();
});

const JS = "(server-side JavaScript)";
const CODE = "(a BSON Code value is server-side JavaScript)";

describe("refused operators", () => {
  it.each([
    ['{"$where": "this.n > 1"}', "$where", "$where", JS],
    ['{"$or": [{"n": 1}, {"$where": "sleep(5000) || true"}]}', "$where", "$or.1.$where", JS],
    ['{"$and": [{"n": 1}, {"$nor": [{"$where": "1"}]}]}', "$where", "$and.1.$nor.0.$where", JS],
    ['{"tags": {"$elemMatch": {"$where": "1"}}}', "$where", "tags.$elemMatch.$where", JS],
    ['{"$expr": {"$function": {"body": "function () { return true }", "args": [], "lang": "js"}}}', "$function", "$expr.$function", JS],
    ['{"$expr": {"$and": [{"$gt": ["$n", 0]}, {"$function": {}}]}}', "$function", "$expr.$and.1.$function", JS],
    ['{"$expr": {"$accumulator": {"init": "function () {}"}}}', "$accumulator", "$expr.$accumulator", JS],
    ['{"n": {"$code": "function () { return 1 }"}}', "$code", "n", CODE],
    ['{"n": {"$in": [{"$code": "x", "$scope": {"a": 1}}]}}', "$code", "n.$in.0", CODE],
    ['{"$or": [{"tags": {"$elemMatch": {"$eq": {"$code": "x"}}}}]}', "$code", "$or.0.tags.$elemMatch.$eq", CODE],
    ['{"n": {"$unknownOp": 1}}', "$unknownOp", "n.$unknownOp", ""],
    ['{"$sampleRate": 0.5}', "$sampleRate", "$sampleRate", ""],
    ['{"$expr": {"$madeUp": ["$n"]}}', "$madeUp", "$expr.$madeUp", ""],
  ])("%s → 400 naming %s", async (filter, operator, path, why) => {
    const data = dataApi(kiln.url, user.token);
    for (const res of [await data.documents(db, "items", { filter }), await data.count(db, "items", filter)]) {
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("bad_request");
      expect(res.body.error.message).toBe(`filter: operator ${operator} is not allowed${why ? ` ${why}` : ""}`);
      expect(res.body.error.details).toEqual({ operator, path });
    }
  });
});

describe("bad input", () => {
  it("names the position of a JSON syntax error", async () => {
    const res = await dataApi(kiln.url, user.token).documents(db, "items", { filter: '{"n": 1,\n "tags": ["a" "b"]}' });
    expect(res.status).toBe(400);
    expect(res.body.error).toEqual({
      code: "bad_request",
      message: "filter: invalid JSON at line 2, column 15: expected ',' or ']' after an array element, found '\"'",
      details: { line: 2, column: 15, offset: 23 },
    });
  });

  it("refuses bad Extended JSON, sort, projection and cursors with a 400 that says why", async () => {
    const data = dataApi(kiln.url, user.token);
    const cases: [Record<string, string>, RegExp][] = [
      [{ filter: '{"_id": {"$oid": "xyz"}}' }, /^filter: invalid Extended JSON: /],
      [{ filter: "[1]" }, /^filter: must be a JSON object/],
      [{ sort: "$natural" }, /^sort: field names may not contain '\$'/],
      [{ sort: "a..b" }, /^sort: field paths may not have empty segments/],
      [{ projection: '{"tags": {"$slice": 1}}' }, /^projection: \$slice is not supported by the explorer/],
      [{ projection: '{"n": 1, "tags": 0}' }, /^projection: cannot mix inclusion/],
      [{ after: "bm9wZQ" }, /^after: not a cursor returned by this API$/],
    ];
    for (const [q, message] of cases) {
      const res = await data.documents(db, "items", q);
      expect(res.status, JSON.stringify(q)).toBe(400);
      expect(res.body.error.message).toMatch(message);
    }
  });

  it("refuses a cursor made for another sort", async () => {
    const data = dataApi(kiln.url, user.token);
    await root
      .db(db)
      .collection("many")
      .insertMany(Array.from({ length: 12 }, (_, i) => ({ i })));
    const first = await data.documents(db, "many", { sort: "i", limit: 10 });
    const res = await data.documents(db, "many", { sort: "-i", limit: 10, after: first.body.nextCursor });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe("after: this cursor belongs to another sort order; start again from the first page");
  });

  it("refuses to sort by a field holding arrays (no keyset can page it)", async () => {
    const res = await dataApi(kiln.url, user.token).documents(db, "items", { sort: "tags" });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe(
      "sort: tags holds an array in some documents; the explorer can only sort by a field with single values",
    );
  });

  it("passes on MongoDB's own refusal of a malformed query as a 400", async () => {
    const res = await dataApi(kiln.url, user.token).documents(db, "items", { filter: '{"n": {"$in": 5}}' });
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body.error.message).toMatch(/^MongoDB refused the query: /);
  });
});

describe("time limit", () => {
  it("stops a query that takes too long with a 400 that says so", async () => {
    await root
      .db(db)
      .collection("big")
      .insertMany(Array.from({ length: 3000 }, (_, i) => ({ i, s: `value ${i} `.repeat(20) })));
    await kiln.stop(); // one Kiln at a time sets the explorer's password
    const slow = await startKiln({ dataDir: kiln.dataDir, env: { MONGODB_URL: inject("mongoUrl"), KILN_EXPLORER_MAX_TIME_MS: "1" } });
    kiln = slow;
    const data = dataApi(slow.url, user.token);
    const filter = '{"s": {"$regex": "value 2999 "}}';
    for (const res of [await data.documents(db, "big", { filter }), await data.count(db, "big", filter)]) {
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      expect(res.body.error.message).toMatch(/^query took too long: MongoDB stopped it after 1 ms \((reading|counting) documents\)/);
      expect(res.body.error.details).toEqual({ reason: "timeout", maxTimeMS: 1 });
    }
  });
});
