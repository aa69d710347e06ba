import { Int32, ObjectId } from "bson";
import { describe, expect, it } from "vitest";
import type { ProjectionSpec } from "@/lib/explorer/projection";
import { applyProjection, mongoProjection } from "./projection";

const include = (paths: string[], keepId = true): ProjectionSpec => ({ mode: "include", paths, keepId });
const exclude = (paths: string[], keepId = true): ProjectionSpec => ({ mode: "exclude", paths, keepId });

describe("mongoProjection: what MongoDB is asked for", () => {
  it("whole top-level fields, plus _id and the sort field, so paging always has its keys", () => {
    expect(mongoProjection(null, "_id")).toBeUndefined();
    expect(mongoProjection(include(["a.b", "a.c", "d"], false), "age")).toEqual({ _id: 1, a: 1, d: 1, age: 1 });
    expect(mongoProjection(include([], true), "_id")).toEqual({ _id: 1 });
  });

  it("exclusions except those touching the sort field (and never _id)", () => {
    expect(mongoProjection(exclude(["big", "a.b"], false), "a.c")).toEqual({ big: 0 });
    expect(mongoProjection(exclude(["a"], false), "a")).toBeUndefined();
  });
});

describe("applyProjection: MongoDB's semantics, applied here", () => {
  const id = new ObjectId();
  const doc = { _id: id, a: { b: 1, c: 2 }, list: [{ b: 1, c: 2 }, 3, [{ b: 4 }], { c: 5 }], n: new Int32(1), s: "x" };

  it("includes dotted paths through sub-documents and arrays, in document order", () => {
    expect(applyProjection(doc, include(["list.b", "a.b"]))).toEqual({ _id: id, a: { b: 1 }, list: [{ b: 1 }, [{ b: 4 }], {}] });
    expect(Object.keys(applyProjection(doc, include(["s", "n"])))).toEqual(["_id", "n", "s"]);
    expect(applyProjection(doc, include(["s"], false))).toEqual({ s: "x" });
    expect(applyProjection(doc, include(["missing.deep"]))).toEqual({ _id: id });
  });

  it("excludes dotted paths, keeping everything else as is", () => {
    expect(applyProjection(doc, exclude(["list.c", "a.b", "s"]))).toEqual({
      _id: id,
      a: { c: 2 },
      list: [{ b: 1 }, 3, [{ b: 4 }], {}],
      n: new Int32(1),
    });
    expect(applyProjection({ _id: id, x: 1 }, exclude([], false))).toEqual({ x: 1 });
  });

  it("returns the document untouched without a projection", () => {
    expect(applyProjection(doc, null)).toBe(doc);
  });
});
