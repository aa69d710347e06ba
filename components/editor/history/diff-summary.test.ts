import { describe, expect, it } from "vitest";
import { diffTotals, firstFileToShow, lineChanges, summarizeDiff } from "@/components/editor/history/diff-summary";

describe("lineChanges", () => {
  it("counts nothing for equal text", () => {
    expect(lineChanges("a\nb\n", "a\nb\n")).toEqual({ added: 0, removed: 0 });
  });
  it("counts a changed line as one removed and one added", () => {
    expect(lineChanges('x = 1\nreturn "v1"\ny = 2', 'x = 1\nreturn "v2"\ny = 2')).toEqual({ added: 1, removed: 1 });
  });
  it("counts insertions and deletions in the middle exactly", () => {
    expect(lineChanges("a\nb\nc\nd", "a\nX\nb\nd")).toEqual({ added: 1, removed: 1 });
    expect(lineChanges("a\nb\nc", "a\nb\nb2\nb3\nc")).toEqual({ added: 2, removed: 0 });
  });
  it("treats empty text as no lines", () => {
    expect(lineChanges("", "one\ntwo")).toEqual({ added: 2, removed: 0 });
    expect(lineChanges("one", "")).toEqual({ added: 0, removed: 1 });
  });
  it("does not count the final newline as a line", () => {
    expect(lineChanges("a\nb\n", "a\nb\nc\n")).toEqual({ added: 1, removed: 0 });
    expect(lineChanges("", "a\n")).toEqual({ added: 1, removed: 0 });
  });
  it("ignores CRLF against LF line endings", () => {
    expect(lineChanges("a\r\nb", "a\nb")).toEqual({ added: 0, removed: 0 });
  });
});

describe("summarizeDiff", () => {
  const before = { "app.py": 'print("v1")\n', "old.py": "x = 1\n", "same.txt": "same" };
  const after = { "app.py": 'print("v2")\n', "new.py": "y = 2\nz = 3\n", "same.txt": "same" };

  it("names every path of either side once, sorted, with what happened to it", () => {
    expect(summarizeDiff(before, after)).toEqual([
      { path: "app.py", kind: "changed", added: 1, removed: 1 },
      { path: "new.py", kind: "added", added: 2, removed: 0 },
      { path: "old.py", kind: "removed", added: 0, removed: 1 },
      { path: "same.txt", kind: "unchanged", added: 0, removed: 0 },
    ]);
  });
  it("sees an emptied file as changed, not removed", () => {
    expect(summarizeDiff({ "a.py": "x" }, { "a.py": "" })).toEqual([{ path: "a.py", kind: "changed", added: 0, removed: 1 }]);
  });
  it("does not treat inherited object keys as files", () => {
    expect(summarizeDiff({}, { toString: "x" })).toEqual([{ path: "toString", kind: "added", added: 1, removed: 0 }]);
  });
  it("totals the changed files", () => {
    expect(diffTotals(summarizeDiff(before, after))).toEqual({ files: 3, added: 3, removed: 2 });
  });
});

describe("firstFileToShow", () => {
  it("prefers the first changed file, then the preferred one, then the first", () => {
    const changes = summarizeDiff({ "a.py": "1", "app.py": "2", "z.py": "3" }, { "a.py": "1", "app.py": "2", "z.py": "4" });
    expect(firstFileToShow(changes, "app.py")).toBe("z.py");
    const same = summarizeDiff({ "a.py": "1", "app.py": "2" }, { "a.py": "1", "app.py": "2" });
    expect(firstFileToShow(same, "app.py")).toBe("app.py");
    expect(firstFileToShow(same, "missing.py")).toBe("a.py");
    expect(firstFileToShow([], "app.py")).toBeNull();
  });
});
