import { BSONRegExp, Code, Decimal128, ObjectId, UUID } from "bson";
import { describe, expect, it } from "vitest";
import { filterProblem, parseFilter } from "./filter";

const refused = (text: string) => {
  const r = parseFilter(text);
  if (r.ok) throw new Error(`accepted: ${text}`);
  return r.problem;
};

describe("parseFilter: relaxed Extended JSON", () => {
  it("reads BSON types and keeps plain values", () => {
    const r = parseFilter(
      '{"_id": {"$oid": "65a1b2c3d4e5f60718293a4b"}, "at": {"$date": "2026-01-02T03:04:05Z"}, "n": {"$gt": 3}, "d": {"$numberDecimal": "1.5"}, "u": {"$uuid": "6f1c8b4e-8f55-4c3e-9a77-1f0b2f6f3e2a"}}',
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value._id).toBeInstanceOf(ObjectId);
    expect(r.value.at).toEqual(new Date("2026-01-02T03:04:05Z"));
    expect(r.value.n).toEqual({ $gt: 3 });
    expect(r.value.d).toBeInstanceOf(Decimal128);
    expect(r.value.u).toBeInstanceOf(UUID);
  });

  it("treats no filter as every document", () => {
    expect(parseFilter(undefined)).toEqual({ ok: true, value: {} });
    expect(parseFilter("  ")).toEqual({ ok: true, value: {} });
  });

  it("keeps the other operators next to $regex (bson alone would drop them)", () => {
    expect(parseFilter('{"a": {"$regex": "^x", "$ne": "xy"}}')).toEqual({ ok: true, value: { a: { $regex: "^x", $ne: "xy" } } });
    const legacy = parseFilter('{"a": {"$regex": "^x", "$options": "i"}}');
    expect(legacy.ok && legacy.value.a).toEqual(new BSONRegExp("^x", "i"));
  });

  it("names the position of a JSON syntax error", () => {
    expect(refused('{"status": "active",\n "n": }')).toEqual({
      message: "filter: invalid JSON at line 2, column 7: expected a value, found '}'",
      details: { line: 2, column: 7, offset: 27 },
    });
  });

  it("explains invalid Extended JSON and non-objects", () => {
    expect(refused('{"_id": {"$oid": "nope"}}').message).toMatch(/^filter: invalid Extended JSON: .*24 character hex/);
    expect(refused('{"at": {"$date": "yesterday"}}')).toMatchObject({ message: "filter: invalid date", details: { path: "at" } });
    expect(refused("[1, 2]").message).toBe('filter: must be a JSON object, such as {"field": "value"}');
    expect(refused('{"$oid": "65a1b2c3d4e5f60718293a4b"}').message).toContain("must be a JSON object");
  });
});

describe("parseFilter: allowed operators", () => {
  it.each([
    '{"status": "active", "n": {"$gt": 3, "$lte": 10}}',
    '{"$or": [{"a": 1}, {"b": {"$in": [1, 2]}}], "c": {"$exists": true}}',
    '{"$and": [{"$nor": [{"a": {"$type": "string"}}]}]}',
    '{"tags": {"$all": ["x", {"$elemMatch": {"$gt": 1}}], "$size": 2}}',
    '{"items": {"$elemMatch": {"qty": {"$gt": 5}, "$or": [{"sku": "a"}, {"sku": "b"}]}}}',
    '{"scores": {"$elemMatch": {"$gte": 80, "$lt": 85}}}',
    '{"name": {"$not": {"$regex": "^a", "$options": "i"}}}',
    '{"n": {"$mod": [4, 0]}, "f": {"$bitsAllSet": 5}}',
    '{"$expr": {"$gt": [{"$add": ["$a", "$b"]}, {"$size": {"$ifNull": ["$c", []]}}]}}',
    '{"$expr": {"$let": {"vars": {"x": 1}, "in": {"$eq": ["$$x", "$n"]}}}}',
    '{"$text": {"$search": "coffee", "$caseSensitive": false}}',
    '{"loc": {"$geoWithin": {"$centerSphere": [[0, 0], 0.1]}}}',
    '{"loc": {"$geoIntersects": {"$geometry": {"type": "Point", "coordinates": [1, 2]}}}}',
    '{"doc": {"nested": {"plain": "equality"}}, "$comment": "why"}',
  ])("accepts %s", (text) => {
    expect(parseFilter(text)).toMatchObject({ ok: true });
  });
});

describe("parseFilter: refusals name the operator and where it stood", () => {
  const JS = "(server-side JavaScript)";
  it.each([
    ['{"$where": "this.a > 1"}', "$where", "$where", JS],
    ['{"a": 1, "$where": "sleep(1000)"}', "$where", "$where", JS],
    ['{"$or": [{"a": 1}, {"$where": "1"}]}', "$where", "$or.1.$where", JS],
    ['{"$and": [{"$or": [{"$nor": [{"$where": "1"}]}]}]}', "$where", "$and.0.$or.0.$nor.0.$where", JS],
    ['{"items": {"$elemMatch": {"$where": "1"}}}', "$where", "items.$elemMatch.$where", JS],
    ['{"a": {"$where": "1"}}', "$where", "a.$where", JS],
    ['{"$expr": {"$function": {"body": "function() {return true}", "args": [], "lang": "js"}}}', "$function", "$expr.$function", JS],
    ['{"$expr": {"$and": [true, {"$eq": [{"$function": {}}, 1]}]}}', "$function", "$expr.$and.1.$eq.0.$function", JS],
    ['{"$expr": {"$accumulator": {}}}', "$accumulator", "$expr.$accumulator", JS],
    ['{"$function": {}}', "$function", "$function", JS],
    ['{"a": {"$code": "function() {}"}}', "$code", "a", "(a BSON Code value is server-side JavaScript)"],
    ['{"a": {"$in": [1, {"$code": "x", "$scope": {}}]}}', "$code", "a.$in.1", "(a BSON Code value is server-side JavaScript)"],
    ['{"$or": [{"a": {"$eq": {"$code": "x"}}}]}', "$code", "$or.0.a.$eq", "(a BSON Code value is server-side JavaScript)"],
    ['{"$expr": {"$eq": ["$a", {"$code": "x"}]}}', "$code", "$expr.$eq.1", "(a BSON Code value is server-side JavaScript)"],
    ['{"a": {"$foo": 1}}', "$foo", "a.$foo", ""],
    ['{"$foo": 1}', "$foo", "$foo", ""],
    ['{"$expr": {"$bogusOp": 1}}', "$bogusOp", "$expr.$bogusOp", ""],
    ['{"$jsonSchema": {"required": ["a"]}}', "$jsonSchema", "$jsonSchema", "(schema validation queries"],
    ['{"loc": {"$near": [0, 0]}}', "$near", "loc.$near", "(it orders results by distance"],
    ['{"$gt": 3}', "$gt", "$gt", "(it applies to a field"],
    ['{"a": {"$or": [{"b": 1}]}}', "$or", "a.$or", "(it belongs at the top of a query)"],
    ['{"a": {"$eq": {"b": {"$where": "1"}}}}', "$where", "a.$eq.b.$where", JS],
    ['{"a": {"b": {"$gt": 1}}}', "$gt", "a.b.$gt", "(an operator inside a literal value is compared, not run)"],
    ['{"loc": {"$geoWithin": {"$where": "1"}}}', "$where", "loc.$geoWithin.$where", JS],
    ['{"$text": {"$search": "x", "$where": "1"}}', "$where", "$text.$where", JS],
  ])("%s → %s", (text, operator, path, why) => {
    const p = refused(text);
    if (why === "") expect(p.message).toBe(`filter: operator ${operator} is not allowed`);
    else expect(p.message).toMatch(new RegExp(`^filter: operator \\${operator} is not allowed ${why.replace(/[()]/g, "\\$&")}`));
    expect(p.details).toEqual({ operator, path });
  });

  it("refuses malformed logical operators and absurd nesting", () => {
    expect(refused('{"$or": []}')).toMatchObject({ message: "filter: $or takes a non-empty array of queries", details: { path: "$or" } });
    expect(refused('{"$and": [1]}').details).toEqual({ path: "$and.0" });
    expect(refused('{"a": {"$gt": 1, "b": 2}}').message).toBe("filter: a mixes operators and field names (b)");
    const deep = `${'{"$and": ['.repeat(60)}{"a": 1}${"]}".repeat(60)}`;
    expect(refused(deep).message).toMatch(/^filter: nested more than 100 levels deep/);
  });
});

describe("BSON values in filters", () => {
  it("accepts every non-JavaScript type as a literal", () => {
    const r = parseFilter(
      '{"a": {"$in": [{"$numberLong": "9007199254740993"}, {"$binary": {"base64": "AQI=", "subType": "00"}}, {"$timestamp": {"t": 1, "i": 2}}, {"$minKey": 1}, {"$maxKey": 1}, {"$regularExpression": {"pattern": "x", "options": "i"}}]}}',
    );
    expect(r.ok).toBe(true);
  });

  it("refuses a Code object built by hand, too", () => {
    expect(filterProblem({ a: new Code("x") })?.details).toEqual({ operator: "$code", path: "a" });
  });
});
