import { describe, expect, it } from "vitest";
import { lineCount, orderFiles, shownFile } from "@/lib/templates/preview";

describe("orderFiles", () => {
  it("puts the entry file first, then top-level files, then folders", () => {
    expect(orderFiles(["templates/index.html", "store.py", "static/app.css", "app.py", "README.md"])).toEqual([
      "app.py",
      "README.md",
      "store.py",
      "static/app.css",
      "templates/index.html",
    ]);
  });

  it("prefers app.py over main.py", () => {
    expect(orderFiles(["main.py", "app.py", "a.py"])).toEqual(["app.py", "main.py", "a.py"]);
  });
});

describe("shownFile", () => {
  it("keeps the picked file while the template has it, else shows the first", () => {
    expect(shownFile(["b.py", "app.py"], "b.py")).toBe("b.py");
    expect(shownFile(["b.py", "app.py"], "gone.py")).toBe("app.py");
    expect(shownFile(["b.py", "app.py"], null)).toBe("app.py");
    expect(shownFile([], null)).toBeNull();
  });
});

describe("lineCount", () => {
  it("counts lines with or without a final newline", () => {
    expect(lineCount("")).toBe(0);
    expect(lineCount("a")).toBe(1);
    expect(lineCount("a\nb\n")).toBe(2);
    expect(lineCount("a\nb")).toBe(2);
  });
});
