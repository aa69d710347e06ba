import { describe, expect, it } from "vitest";
import { formatTags, parseTags } from "@/lib/templates/tags";

describe("parseTags", () => {
  it("splits on commas and spaces and lowercases", () => {
    expect(parseTags("a, b c")).toEqual(["a", "b", "c"]);
    expect(parseTags("FastAPI,Mongo  HTMX")).toEqual(["fastapi", "mongo", "htmx"]);
  });

  it("drops empty entries and repeats, keeping the first", () => {
    expect(parseTags(" , ,, ")).toEqual([]);
    expect(parseTags("api, API,  api ,mongo")).toEqual(["api", "mongo"]);
  });

  it("keeps the characters the server allows inside a tag", () => {
    expect(parseTags("c++ node.js server-side")).toEqual(["c++", "node.js", "server-side"]);
  });
});

describe("formatTags", () => {
  it("is the text parseTags reads back", () => {
    const tags = ["fastapi", "mongo", "htmx"];
    expect(formatTags(tags)).toBe("fastapi, mongo, htmx");
    expect(parseTags(formatTags(tags))).toEqual(tags);
  });
});
