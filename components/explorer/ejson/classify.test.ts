import { describe, expect, it } from "vitest";
import { classify, isContainer } from "@/components/explorer/ejson/classify";

describe("classify canonical Extended JSON", () => {
  it("reads ObjectId, numbers and Decimal128", () => {
    expect(classify({ $oid: "65a1b2c3d4e5f60718293a4b" })).toEqual({ type: "objectId", hex: "65a1b2c3d4e5f60718293a4b" });
    expect(classify({ $numberInt: "42" })).toEqual({ type: "int32", value: "42" });
    expect(classify({ $numberLong: "9007199254740993" })).toEqual({ type: "int64", value: "9007199254740993" });
    expect(classify({ $numberDouble: "-Infinity" })).toEqual({ type: "double", value: "-Infinity" });
    expect(classify({ $numberDouble: "NaN" })).toEqual({ type: "double", value: "NaN" });
    expect(classify({ $numberDecimal: "1.50" })).toEqual({ type: "decimal128", value: "1.50" });
  });

  it("reads dates in canonical, relaxed and out-of-range forms", () => {
    expect(classify({ $date: { $numberLong: "1700000000123" } })).toEqual({
      type: "date",
      iso: "2023-11-14T22:13:20.123Z",
      ms: "1700000000123",
    });
    expect(classify({ $date: "2023-11-14T22:13:20Z" })).toMatchObject({ type: "date", iso: "2023-11-14T22:13:20.000Z" });
    expect(classify({ $date: { $numberLong: "-62198755200000" } })).toMatchObject({ iso: "-000001-01-01T00:00:00.000Z" });
    expect(classify({ $date: { $numberLong: "9223372036854775807" } })).toEqual({ type: "date", iso: null, ms: "9223372036854775807" });
  });

  it("reads binary with its size, a hex preview and UUIDs", () => {
    expect(classify({ $binary: { base64: "CgsMDQ==", subType: "00" } })).toEqual({
      type: "binary",
      base64: "CgsMDQ==",
      subType: "00",
      size: 4,
      preview: "0a0b0c0d",
      uuid: null,
    });
    expect(classify({ $binary: { base64: "ASNFZ4mrze8BI0VniavN7w==", subType: "04" } })).toMatchObject({
      uuid: "01234567-89ab-cdef-0123-456789abcdef",
      size: 16,
    });
    expect(classify({ $binary: "CgsMDQ==", $type: "0" })).toMatchObject({ type: "binary", size: 4, subType: "00" });
    expect(classify({ $uuid: "01234567-89ab-cdef-0123-456789abcdef" })).toMatchObject({ type: "binary", subType: "04" });
  });

  it("reads timestamps, regexes, keys, symbols, code and DBPointer", () => {
    expect(classify({ $timestamp: { t: 1700000000, i: 3 } })).toEqual({ type: "timestamp", t: 1700000000, i: 3 });
    expect(classify({ $regularExpression: { pattern: "^a.*", options: "i" } })).toEqual({ type: "regex", pattern: "^a.*", options: "i" });
    expect(classify({ $minKey: 1 })).toEqual({ type: "minKey" });
    expect(classify({ $maxKey: 1 })).toEqual({ type: "maxKey" });
    expect(classify({ $undefined: true })).toEqual({ type: "undefined" });
    expect(classify({ $symbol: "s" })).toEqual({ type: "symbol", value: "s" });
    expect(classify({ $code: "x()", $scope: { a: 1 } })).toEqual({ type: "code", code: "x()", scope: { a: 1 } });
    expect(classify({ $dbPointer: { $ref: "c", $id: { $oid: "65a1b2c3d4e5f60718293a4b" } } })).toEqual({
      type: "dbPointer",
      ref: "c",
      id: "65a1b2c3d4e5f60718293a4b",
    });
  });

  it("reads JSON scalars, documents and arrays", () => {
    expect(classify(null)).toEqual({ type: "null" });
    expect(classify(true)).toEqual({ type: "boolean", value: true });
    expect(classify("x")).toEqual({ type: "string", value: "x" });
    expect(classify(1.5)).toEqual({ type: "number", value: "1.5" });
    const doc = classify({ a: 1, b: [1] });
    expect(doc).toEqual({
      type: "object",
      entries: [
        ["a", 1],
        ["b", [1]],
      ],
    });
    expect(isContainer(doc)).toBe(true);
    expect(isContainer(classify([]))).toBe(true);
    expect(isContainer(classify({ $oid: "x" }))).toBe(false);
  });

  it("keeps a document that merely has a wrapper key among others", () => {
    expect(classify({ $date: "2023-11-14T22:13:20Z", note: "x" })).toMatchObject({ type: "object" });
    expect(classify({ $oid: 12 })).toMatchObject({ type: "object" });
    expect(classify({ $date: "not a date" })).toMatchObject({ type: "object" });
  });
});
