import { describe, expect, it } from "vitest";
import { FILE_LIMITS } from "./index";
import { APP, validate } from "./test-helpers";

async function problems(files: Record<string, string>) {
  return (await validate({ "app.py": APP, ...files })).errors.map((e) => [e.file, e.rule, e.message]);
}

describe("file limits", () => {
  it("has the documented limits", () => {
    expect(FILE_LIMITS).toEqual({
      maxFiles: 50,
      maxFileBytes: 102400,
      maxTotalBytes: 512000,
      extensions: [".py", ".html", ".css", ".js", ".json", ".txt", ".svg", ".md"],
    });
  });

  it("refuses more than 50 files", async () => {
    const files = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`static/f${i}.txt`, "x"]));
    expect(await problems(files)).toEqual([["", "too-many-files", "51 files: at most 50 are allowed"]]);
  });

  it("measures size in UTF-8 bytes", async () => {
    const atLimit = "é".repeat(51200); // 51,200 characters, 102,400 bytes
    expect(await problems({ "a.txt": atLimit })).toEqual([]);
    expect(await problems({ "a.txt": `${atLimit}x` })).toEqual([
      ["a.txt", "file-too-large", "a.txt is 102,401 bytes; the limit is 100 KB (102,400 bytes) per file"],
    ]);
  });

  it("refuses more than 500 KB in total", async () => {
    const files = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`d${i}.txt`, "x".repeat(90 * 1024)]));
    const total = (6 * 90 * 1024 + APP.length).toLocaleString("en-US");
    const message = `the files total ${total} bytes; the limit is 500 KB (512,000 bytes)`;
    expect(await problems(files)).toEqual([["", "total-too-large", message]]);
  });

  it.each([
    ["run.sh", "`.sh` files are not allowed (allowed: .py .html .css .js .json .txt .svg .md)"],
    ["Makefile", "files need an extension (allowed: .py .html .css .js .json .txt .svg .md)"],
    ["lib.so", "`.so` files are not allowed (allowed: .py .html .css .js .json .txt .svg .md)"],
  ])("refuses the file type of %s", async (name, message) => {
    expect(await problems({ [name]: "x" })).toEqual([[name, "file-type", message]]);
  });

  it.each([
    ["/etc/x.py", "file paths must be relative, not absolute"],
    ["../x.py", "file paths may not contain `..`"],
    ["a/../x.py", "file paths may not contain `..`"],
    ["a\\b.py", "use `/` in file paths, not backslashes"],
    ["a//b.py", "file paths may not contain empty segments"],
    [".env.txt", "hidden files and folders (starting with `.`) are not allowed"],
    [".git/config.txt", "hidden files and folders (starting with `.`) are not allowed"],
    ["my file.py", "file names may only use letters, digits, `_`, `-`, `.` and `/`"],
    ["", "file name is empty"],
  ])("refuses the name %j", async (name, message) => {
    expect(await problems({ [name]: "x = 1\n" })).toEqual([[name, "file-name", message]]);
  });
});

describe("modules shadowing the standard library or allowed packages", () => {
  it.each([
    ["asyncio.py", "`asyncio.py` shadows the standard-library module `asyncio`: rename it"],
    ["socket.py", "`socket.py` shadows the standard-library module `socket`: rename it"],
    ["json.py", "`json.py` shadows the standard-library module `json`: rename it"],
    ["fastapi.py", "`fastapi.py` shadows the allowed module `fastapi`: rename it"],
    ["email/__init__.py", "`email/__init__.py` shadows the standard-library module `email`: rename it"],
  ])("%s", async (name, message) => {
    expect(await problems({ [name]: "" })).toEqual([[name, "module-shadows-stdlib", message]]);
  });

  it("allows ordinary names and nested modules named like the stdlib", async () => {
    expect(await problems({ "models.py": "", "routers/json.py": "", "utils/__init__.py": "" })).toEqual([]);
  });
});
