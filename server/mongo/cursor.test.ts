import { ObjectId } from "mongodb";
import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, olderThan } from "./cursor";

describe("request cursors", () => {
  it("round-trips an ObjectId and a string id with millisecond times", () => {
    const oid = new ObjectId();
    const ts = new Date("2026-11-23T12:00:00.123Z");
    const back = decodeCursor(encodeCursor({ ts, id: oid }));
    expect(back.ts.toISOString()).toBe(ts.toISOString());
    expect(back.id).toBeInstanceOf(ObjectId);
    expect((back.id as ObjectId).equals(oid)).toBe(true);
    expect(decodeCursor(encodeCursor({ ts, id: "custom.id" }))).toEqual({ ts, id: "custom.id" });
  });

  it("is opaque and URL-safe", () => {
    const c = encodeCursor({ ts: new Date(), id: new ObjectId() });
    expect(c).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it("refuses anything it did not make with a 400", () => {
    for (const bad of ["", "nonsense", Buffer.from("12.oNOTHEX").toString("base64url"), Buffer.from("x.s1").toString("base64url")]) {
      expect(() => decodeCursor(bad)).toThrow(expect.objectContaining({ code: "BAD_REQUEST" }));
    }
  });

  it("selects strictly older records, ties broken by _id", () => {
    const ts = new Date(1000);
    const id = new ObjectId();
    expect(olderThan({ ts, id })).toEqual({ $or: [{ ts: { $lt: ts } }, { ts, _id: { $lt: id } }] });
  });
});
