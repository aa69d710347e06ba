import { describe, expect, it } from "vitest";
import { filterTemplates, tagsInUse, toggleTag, visibleChips } from "@/lib/templates/gallery";

const hello = { id: "hello-api", name: "Hello API", description: "A JSON greeting and the docs.", tags: ["fastapi", "api"] };
const todo = { id: "todo-mongo", name: "Todo list", description: "CRUD over a MongoDB collection.", tags: ["fastapi", "mongo", "api"] };
const page = { id: "htmx-page", name: "HTMX page", description: "Server-rendered HTML with htmx.", tags: ["fasthtml", "htmx"] };
const all = [hello, todo, page];

describe("filterTemplates", () => {
  it("keeps everything for an empty search and no tags", () => {
    expect(filterTemplates(all, "")).toEqual(all);
    expect(filterTemplates(all, "   ", [])).toEqual(all);
  });

  it("matches the name, the description or a tag, in any case", () => {
    expect(filterTemplates(all, "hello")).toEqual([hello]);
    expect(filterTemplates(all, "MONGODB")).toEqual([todo]);
    expect(filterTemplates(all, "fasthtml")).toEqual([page]);
  });

  it("needs every word of the search to match somewhere", () => {
    expect(filterTemplates(all, "api crud")).toEqual([todo]);
    expect(filterTemplates(all, "api htmx")).toEqual([]);
  });

  it("keeps only templates carrying every selected tag", () => {
    expect(filterTemplates(all, "", ["api"])).toEqual([hello, todo]);
    expect(filterTemplates(all, "", ["api", "mongo"])).toEqual([todo]);
    expect(filterTemplates(all, "hello", ["mongo"])).toEqual([]);
  });

  it("does not match a tag by a part of it when filtering by tags", () => {
    expect(filterTemplates(all, "", ["fast"])).toEqual([]);
  });
});

describe("tagsInUse", () => {
  it("lists each tag once, most used first, ties alphabetically", () => {
    expect(tagsInUse(all)).toEqual(["api", "fastapi", "fasthtml", "htmx", "mongo"]);
  });

  it("counts a tag repeated on one template once", () => {
    expect(
      tagsInUse([
        { name: "x", description: "", tags: ["b", "b"] },
        { name: "y", description: "", tags: ["a"] },
      ]),
    ).toEqual(["a", "b"]);
  });
});

describe("toggleTag", () => {
  it("adds a tag at the end and removes it again", () => {
    expect(toggleTag(["api"], "mongo")).toEqual(["api", "mongo"]);
    expect(toggleTag(["api", "mongo"], "api")).toEqual(["mongo"]);
  });
});

describe("visibleChips", () => {
  const tags = ["a", "b", "c", "d", "e"];

  it("shows the most used up to the limit and counts the rest", () => {
    expect(visibleChips(tags, [], 3, false)).toEqual({ shown: ["a", "b", "c"], more: 2 });
  });

  it("keeps a selected chip beyond the limit in view", () => {
    expect(visibleChips(tags, ["e"], 3, false)).toEqual({ shown: ["a", "b", "c", "e"], more: 1 });
  });

  it("shows everything when expanded or within the limit", () => {
    expect(visibleChips(tags, [], 3, true)).toEqual({ shown: tags, more: 0 });
    expect(visibleChips(tags, [], 5, false)).toEqual({ shown: tags, more: 0 });
  });
});
