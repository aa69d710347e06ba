import { EJSON } from "bson";
import { describe, expect, it } from "vitest";
import { toRelaxed, toRelaxedText } from "@/components/explorer/ejson/relaxed";

// A document holding every BSON type, in canonical Extended JSON (as the API answers).
const canonical = {
  _id: { $oid: "65a1b2c3d4e5f60718293a4b" },
  int: { $numberInt: "42" },
  long: { $numberLong: "1234567890123" },
  double: { $numberDouble: "1.5" },
  big: { $numberDouble: "1.5E+300" },
  inf: { $numberDouble: "Infinity" },
  nan: { $numberDouble: "NaN" },
  decimal: { $numberDecimal: "1.50" },
  date: { $date: { $numberLong: "1700000000123" } },
  ancient: { $date: { $numberLong: "-62198755200000" } },
  bin: { $binary: { base64: "CgsMDQ==", subType: "00" } },
  uuid: { $binary: { base64: "ASNFZ4mrze8BI0VniavN7w==", subType: "04" } },
  ts: { $timestamp: { t: 1700000000, i: 3 } },
  re: { $regularExpression: { pattern: "^a", options: "i" } },
  min: { $minKey: 1 },
  max: { $maxKey: 1 },
  nested: { list: [{ $numberInt: "1" }, "two", null, true, { deep: { $numberLong: "7" } }] },
};

describe("canonical → relaxed Extended JSON", () => {
  it("turns numbers and dates into their relaxed forms and keeps the other wrappers", () => {
    expect(toRelaxed(canonical)).toEqual({
      _id: { $oid: "65a1b2c3d4e5f60718293a4b" },
      int: 42,
      long: 1234567890123,
      double: 1.5,
      big: 1.5e300,
      inf: { $numberDouble: "Infinity" },
      nan: { $numberDouble: "NaN" },
      decimal: { $numberDecimal: "1.50" },
      date: { $date: "2023-11-14T22:13:20.123Z" },
      ancient: { $date: { $numberLong: "-62198755200000" } },
      bin: { $binary: { base64: "CgsMDQ==", subType: "00" } },
      uuid: { $binary: { base64: "ASNFZ4mrze8BI0VniavN7w==", subType: "04" } },
      ts: { $timestamp: { t: 1700000000, i: 3 } },
      re: { $regularExpression: { pattern: "^a", options: "i" } },
      min: { $minKey: 1 },
      max: { $maxKey: 1 },
      nested: { list: [1, "two", null, true, { deep: 7 }] },
    });
  });

  it("agrees with the bson package's relaxed EJSON", () => {
    const reference = EJSON.serialize(EJSON.deserialize(canonical, { relaxed: false }), { relaxed: true });
    const ours = JSON.parse(toRelaxedText(canonical));
    // bson prints whole-second dates without milliseconds; compare instants.
    expect(Date.parse(ours.date.$date)).toBe(Date.parse((reference as { date: { $date: string } }).date.$date));
    expect({ ...ours, date: null }).toEqual({ ...(reference as object), date: null });
  });

  it("keeps the values a plain number would change", () => {
    expect(toRelaxed({ $numberLong: "9007199254740993" })).toEqual({ $numberLong: "9007199254740993" });
    expect(toRelaxed({ $numberDouble: "-0.0" })).toEqual({ $numberDouble: "-0.0" });
    expect(toRelaxed({ $date: { $numberLong: "253402300800000" } })).toEqual({ $date: { $numberLong: "253402300800000" } });
  });

  it("round-trips through bson's parser to the same BSON values", () => {
    const text = toRelaxedText(canonical);
    const back = EJSON.serialize(EJSON.parse(text, { relaxed: false }), { relaxed: false }) as Record<string, unknown>;
    expect(back._id).toEqual(canonical._id);
    expect(back.decimal).toEqual(canonical.decimal);
    expect(back.uuid).toEqual(canonical.uuid);
    expect(back.date).toEqual(canonical.date);
    expect(back.ts).toEqual(canonical.ts);
  });

  it("prints indented text", () => {
    expect(toRelaxedText({ a: { $numberInt: "1" } })).toBe('{\n  "a": 1\n}');
  });
});
