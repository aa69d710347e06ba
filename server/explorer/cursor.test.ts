import { Binary, BSONRegExp, Decimal128, Double, Int32, Long, MaxKey, MinKey, ObjectId, Timestamp, UUID } from "bson";
import { describe, expect, it } from "vitest";
import { decodePageCursor, encodePageCursor } from "./cursor";

const bySort = (field: string, direction: 1 | -1 = 1) => ({ field, direction });

describe("page cursors", () => {
  it.each([
    ["ObjectId", new ObjectId()],
    ["Int32", new Int32(7)],
    ["Double", new Double(7)],
    ["Long", Long.fromString("9007199254740993")],
    ["Decimal128", Decimal128.fromString("1.10")],
    ["Date", new Date("2026-11-23T12:00:00.123Z")],
    ["string", "ünïcode ✓"],
    ["Binary", new Binary(Buffer.from([1, 2, 3]), 0)],
    ["UUID", new UUID()],
    ["Timestamp", new Timestamp({ t: 5, i: 6 })],
    ["BSONRegExp", new BSONRegExp("^a", "i")],
    ["MinKey", new MinKey()],
    ["MaxKey", new MaxKey()],
    ["object", { nested: { n: new Int32(1) } }],
    ["null (or missing)", null],
    ["boolean", false],
  ])("round-trips a %s sort value with its exact BSON type", (_name, value) => {
    const id = new ObjectId();
    const back = decodePageCursor(encodePageCursor(bySort("f", -1), { id, value }), bySort("f", -1));
    expect(back.id).toEqual(id);
    expect(back.value).toEqual(value);
    if (value !== null && typeof value === "object" && "_bsontype" in value) {
      expect((back.value as { _bsontype: string })._bsontype).toBe(value._bsontype);
    }
  });

  it("keeps an Int32 an Int32 and a Double a Double (5 and 5.0 differ in BSON)", () => {
    const a = decodePageCursor(encodePageCursor(bySort("_id"), { id: new Int32(5) }), bySort("_id"));
    const b = decodePageCursor(encodePageCursor(bySort("_id"), { id: new Double(5) }), bySort("_id"));
    expect(a.id).toBeInstanceOf(Int32);
    expect(b.id).toBeInstanceOf(Double);
  });

  it("is opaque and URL-safe", () => {
    expect(encodePageCursor(bySort("a.b"), { id: new ObjectId(), value: "x/+=?" })).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it("refuses anything it did not make, and a cursor of another sort, with a 400", () => {
    const b64 = (s: string) => Buffer.from(s).toString("base64url");
    for (const bad of [
      "",
      "not base64!",
      b64("{"),
      b64("[1]"),
      b64('{"s": "_id"}'),
      b64('{"s": "f", "i": 1}'),
      b64('{"s": "f", "i": [1], "v": 1}'),
    ]) {
      expect(() => decodePageCursor(bad, bySort("f")), bad).toThrow(
        expect.objectContaining({ code: "BAD_REQUEST", message: "after: not a cursor returned by this API" }),
      );
    }
    const c = encodePageCursor(bySort("age"), { id: 1, value: 2 });
    expect(() => decodePageCursor(c, bySort("age", -1))).toThrow(
      expect.objectContaining({ code: "BAD_REQUEST", message: expect.stringContaining("another sort order") }),
    );
  });
});
