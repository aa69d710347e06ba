import { describe, expect, it } from "vitest";
import { parseProjection } from "./projection";
import { parseSort, sortText } from "./sort";

describe("parseSort", () => {
  it("reads a field, '-' for descending, and defaults to _id ascending", () => {
    expect(parseSort(undefined)).toEqual({ ok: true, value: { field: "_id", direction: 1 } });
    expect(parseSort(" ")).toEqual({ ok: true, value: { field: "_id", direction: 1 } });
    expect(parseSort("age")).toEqual({ ok: true, value: { field: "age", direction: 1 } });
    expect(parseSort("-address.city")).toEqual({ ok: true, value: { field: "address.city", direction: -1 } });
    expect(parseSort("-_id")).toEqual({ ok: true, value: { field: "_id", direction: -1 } });
    expect(sortText({ field: "a.b", direction: -1 })).toBe("-a.b");
  });

  it.each([
    ["$natural", "'$'"],
    ["a.$", "'$'"],
    ["-", "a field name is required"],
    ["a..b", "empty segments"],
    [".a", "empty segments"],
    ["a.", "empty segments"],
  ])("refuses %j", (text, why) => {
    const r = parseSort(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.message).toMatch(new RegExp(`^sort: .*${why.replace(/[$.]/g, "\\$&")}`));
  });
});

describe("parseProjection", () => {
  it("reads inclusion and exclusion, with _id free to differ", () => {
    expect(parseProjection(undefined)).toEqual({ ok: true, value: null });
    expect(parseProjection("{}")).toEqual({ ok: true, value: null });
    expect(parseProjection('{"name": 1, "address.city": true}')).toEqual({
      ok: true,
      value: { mode: "include", paths: ["name", "address.city"], keepId: true },
    });
    expect(parseProjection('{"name": 1, "_id": 0}')).toEqual({ ok: true, value: { mode: "include", paths: ["name"], keepId: false } });
    expect(parseProjection('{"secret": 0, "_id": 0}')).toEqual({ ok: true, value: { mode: "exclude", paths: ["secret"], keepId: false } });
    expect(parseProjection('{"_id": 0}')).toEqual({ ok: true, value: { mode: "exclude", paths: [], keepId: false } });
    expect(parseProjection('{"_id": 1}')).toEqual({ ok: true, value: { mode: "include", paths: [], keepId: true } });
  });

  it.each([
    ['{"a": 1, "b": 0}', "projection: cannot mix inclusion (1) and exclusion (0), except for _id", undefined],
    ['{"a": {"$slice": 2}}', "projection: $slice is not supported by the explorer (use 0 or 1)", { operator: "$slice", path: "a" }],
    [
      '{"a": {"$elemMatch": {"b": 1}}}',
      "projection: $elemMatch is not supported by the explorer (use 0 or 1)",
      { operator: "$elemMatch", path: "a" },
    ],
    [
      '{"score": {"$meta": "textScore"}}',
      "projection: $meta is not supported by the explorer (use 0 or 1)",
      { operator: "$meta", path: "score" },
    ],
    ['{"a.$": 1}', "projection: the positional $ is not supported by the explorer", { operator: "$", path: "a.$" }],
    ['{"a": 2}', "projection: a must be 0 or 1", { path: "a" }],
    ['{"a": "yes"}', "projection: a must be 0 or 1", { path: "a" }],
    ['{"a": 1, "a.b": 1}', "projection: paths a and a.b collide", { paths: ["a", "a.b"] }],
    ['{"a..b": 1}', "projection: field paths may not have empty segments (such as 'a..b' or a leading or trailing '.')", { path: "a..b" }],
    ['{"_id.x": 1}', "projection: sub-fields of _id cannot be projected (results always keep _id whole)", { path: "_id.x" }],
    [
      '{"a": 1',
      "projection: invalid JSON at line 1, column 8: expected ',' or '}' after a property value, found end of input",
      {
        line: 1,
        column: 8,
        offset: 7,
      },
    ],
  ])("refuses %s", (text, message, details) => {
    const r = parseProjection(text);
    expect(r).toEqual({ ok: false, problem: details ? { message, details } : { message } });
  });
});
