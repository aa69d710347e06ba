import { BSONRegExp, Double, Int32, MaxKey, MinKey, ObjectId } from "bson";
import { describe, expect, it } from "vitest";
import { Bracket, bracketOf, isNaNValue } from "./bson-order";
import { afterPosition, HOLDS_ARRAY, mongoSort, sortValueOf, strictlyAfter } from "./keyset";

const AFTER_OBJECTID = ["bool", "date", "timestamp", "regex", "dbPointer", "javascript", "javascriptWithScope", "maxKey"];
const ABOVE_NULL = ["double", "int", "long", "decimal", "string", "symbol", "object", "binData", "objectId", ...AFTER_OBJECTID];

describe("bracketOf", () => {
  it("places values in MongoDB's type order", () => {
    expect(bracketOf(null)).toBe(Bracket.Null);
    expect(bracketOf(undefined)).toBe(Bracket.Null);
    expect(bracketOf(new Int32(1))).toBe(Bracket.Number);
    expect(bracketOf(3.5)).toBe(Bracket.Number);
    expect(bracketOf("x")).toBe(Bracket.String);
    expect(bracketOf({ a: 1 })).toBe(Bracket.Object);
    expect(bracketOf([1])).toBe(Bracket.Array);
    expect(bracketOf(new ObjectId())).toBe(Bracket.ObjectId);
    expect(bracketOf(new Date())).toBe(Bracket.Date);
    expect(bracketOf(new BSONRegExp("a"))).toBe(Bracket.Regex);
    expect(bracketOf(new MinKey())).toBe(Bracket.MinKey);
    expect(bracketOf(new MaxKey())).toBe(Bracket.MaxKey);
    expect(isNaNValue(new Double(Number.NaN))).toBe(true);
    expect(isNaNValue(new Double(1))).toBe(false);
  });
});

describe("strictlyAfter: strictly after a value, in sort order", () => {
  it("an ObjectId: the rest of the ObjectIds, then every later type", () => {
    const id = new ObjectId();
    expect(strictlyAfter("_id", id, 1)).toEqual([{ _id: { $gt: id } }, { _id: { $type: AFTER_OBJECTID } }]);
  });

  it("descending from a number: smaller numbers, NaN, earlier types, null or missing, MinKey", () => {
    const v = new Int32(5);
    expect(strictlyAfter("n", v, -1)).toEqual([
      { n: { $lt: v } },
      { n: { $eq: Number.NaN } },
      { n: { $eq: null } },
      { n: { $type: ["minKey"] } },
    ]);
  });

  it("null or missing: the other values (ascending) or only MinKey (descending)", () => {
    expect(strictlyAfter("n", null, 1)).toEqual([{ n: { $type: ABOVE_NULL } }]);
    expect(strictlyAfter("n", null, -1)).toEqual([{ n: { $type: ["minKey"] } }]);
  });

  it("MinKey ascending: null and missing come next", () => {
    expect(strictlyAfter("n", new MinKey(), 1)).toEqual([{ n: { $eq: null } }, { n: { $type: ABOVE_NULL } }]);
    expect(strictlyAfter("n", new MaxKey(), 1)).toEqual([]);
  });

  it("NaN, which $gt and $lt never match", () => {
    expect(strictlyAfter("n", Number.NaN, 1)[0]).toEqual({ n: { $gte: -Infinity } });
    expect(strictlyAfter("n", Number.NaN, -1)[0]).toEqual({ n: { $eq: null } });
  });

  it("regular expressions compare with $expr (the query language refuses $gt on a regex)", () => {
    const re = new BSONRegExp("a", "i");
    expect(strictlyAfter("r", re, 1)[0]).toEqual({ r: { $type: ["regex"] }, $expr: { $gt: ["$r", { $literal: re }] } });
  });
});

describe("afterPosition", () => {
  it("ties on the sort value are broken by _id, then later values follow", () => {
    const id = new ObjectId();
    expect(afterPosition({ field: "age", direction: 1 }, { id, value: 30 })).toEqual([
      { age: { $eq: 30 }, _id: { $gt: id } },
      { age: { $eq: 30 }, _id: { $type: AFTER_OBJECTID } },
      { age: { $gt: 30 } },
      { age: { $type: ABOVE_NULL.filter((t) => !["double", "int", "long", "decimal"].includes(t)) } },
    ]);
  });

  it("a missing value ties with null ({$eq: null} finds both)", () => {
    const id = new ObjectId();
    expect(afterPosition({ field: "age", direction: 1 }, { id })[0]).toEqual({ age: { $eq: null }, _id: { $gt: id } });
  });

  it("sorting by _id needs no tie-break", () => {
    expect(afterPosition({ field: "_id", direction: -1 }, { id: 7 })[0]).toEqual({ _id: { $lt: 7 } });
    expect(mongoSort({ field: "_id", direction: -1 })).toEqual({ _id: -1 });
    expect(mongoSort({ field: "a.b", direction: -1 })).toEqual({ "a.b": -1, _id: 1 });
  });
});

describe("sortValueOf", () => {
  it("reads dotted paths; missing is null; arrays on the path are flagged", () => {
    expect(sortValueOf({ a: { b: 2 } }, "a.b")).toBe(2);
    expect(sortValueOf({ a: {} }, "a.b")).toBeNull();
    expect(sortValueOf({ a: 5 }, "a.b")).toBeNull();
    expect(sortValueOf({}, "a")).toBeNull();
    expect(sortValueOf({ a: [1, 2] }, "a")).toBe(HOLDS_ARRAY);
    expect(sortValueOf({ a: [{ b: 1 }] }, "a.b")).toBe(HOLDS_ARRAY);
    const oid = new ObjectId();
    expect(sortValueOf({ a: oid }, "a")).toBe(oid);
  });
});
