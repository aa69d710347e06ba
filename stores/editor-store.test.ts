import { beforeEach, describe, expect, it } from "vitest";
import { sameFiles, useEditorStore } from "@/stores/editor-store";

const store = () => useEditorStore.getState();

describe("editor store", () => {
  beforeEach(() => store().load("app1", { "app.py": "a", "util.py": "u" }));

  it("opens app.py first", () => {
    expect(store().openPath).toBe("app.py");
  });

  it("never renames or deletes the entrypoint", () => {
    store().renameFile("app.py", "main.py");
    store().deleteFile("app.py");
    expect(Object.keys(store().files).sort()).toEqual(["app.py", "util.py"]);
  });

  it("renames a file and follows it when open", () => {
    store().open("util.py");
    store().renameFile("util.py", "helpers.py");
    expect(store().files).toEqual({ "app.py": "a", "helpers.py": "u" });
    expect(store().openPath).toBe("helpers.py");
  });

  it("does not rename onto an existing file", () => {
    store().addFile("b.py", "b");
    store().renameFile("b.py", "util.py");
    expect(store().files["util.py"]).toBe("u");
  });

  it("falls back to app.py when the open file is deleted", () => {
    store().open("util.py");
    store().deleteFile("util.py");
    expect(store().openPath).toBe("app.py");
    expect("util.py" in store().files).toBe(false);
  });

  it("reveals only files that exist", () => {
    store().revealAt("missing.py", 3);
    expect(store().openPath).toBe("app.py");
    store().revealAt("util.py", 3, 2);
    expect(store().openPath).toBe("util.py");
    expect(store().reveal).toMatchObject({ path: "util.py", line: 3, column: 2 });
  });
});

describe("sameFiles", () => {
  it("compares paths and text", () => {
    expect(sameFiles({ a: "1" }, { a: "1" })).toBe(true);
    expect(sameFiles({ a: "1" }, { a: "2" })).toBe(false);
    expect(sameFiles({ a: "1" }, { b: "1" })).toBe(false);
    expect(sameFiles({ a: "1" }, { a: "1", b: "" })).toBe(false);
  });
});
