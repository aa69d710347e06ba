import { describe, expect, it } from "vitest";
import { DEFAULT_ALLOWED_IMPORTS, FILE_LIMITS } from "./index";
import { APP, BIG_CHUNK, validate } from "./test-helpers";

describe("validate", () => {
  it("uses exactly the DESIGN.md default allow-list", () => {
    expect([...DEFAULT_ALLOWED_IMPORTS].sort()).toEqual(
      [
        "fastapi",
        "starlette",
        "pydantic",
        "fasthtml",
        "fastlite",
        "monsterui",
        "pymongo",
        "bson",
        "jinja2",
        "httpx",
        "typing",
        "datetime",
        "zoneinfo",
        "time",
        "json",
        "math",
        "random",
        "string",
        "collections",
        "itertools",
        "functools",
        "operator",
        "re",
        "uuid",
        "hashlib",
        "hmac",
        "secrets",
        "base64",
        "html",
        "http",
        "urllib.parse",
        "copy",
        "textwrap",
        "calendar",
        "statistics",
        "decimal",
        "fractions",
        "enum",
        "dataclasses",
        "abc",
        "contextlib",
        "asyncio",
        "logging",
        "io",
        "csv",
        "bisect",
        "heapq",
        "difflib",
        "pprint",
        "unicodedata",
        "os",
      ].sort(),
    );
  });

  it("accepts a clean project", async () => {
    const files = { "app.py": APP, "static/style.css": "body {}", "templates/index.html": "<p>{{ x }}</p>", "README.md": "# hi" };
    expect(await validate(files)).toEqual({ ok: true, errors: [] });
  });

  it("reports every error in every file, sorted by file, line, column", async () => {
    const files = {
      "zeta.py": "import subprocess\nx = eval('1')\n",
      "app.py": "import os\nos.system('id'); exec('x')\n",
      "alpha.py": "def f():\nreturn 1\nopen('/etc/passwd')\n",
      "run.sh": "echo hi",
    };
    const errors = (await validate(files)).errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.rule}`);
    expect(errors).toEqual([
      "alpha.py:2:1 indentation",
      "alpha.py:3:6 open-outside-app",
      "app.py:1:1 entrypoint-no-app",
      "app.py:2:1 blocked-call",
      "app.py:2:18 blocked-call",
      "run.sh:1:1 file-type",
      "zeta.py:1:8 import-not-allowed",
      "zeta.py:2:5 blocked-call",
    ]);
  });

  it("does not parse files refused for their name or size", async () => {
    const big = `x = 1\n${"# pad\n".repeat(FILE_LIMITS.maxFileBytes / 6)}exec('x')\n`;
    const errors = (await validate({ "app.py": APP, "big.py": big, "../evil.py": "exec('x')" })).errors;
    expect(errors.map((e) => `${e.file} ${e.rule}`)).toEqual(["../evil.py file-name", "big.py file-too-large"]);
  });

  it("accepts a valid file at the 100 KB limit (its speed is measured in bench/, not asserted)", async () => {
    const source = `${APP}${BIG_CHUNK.repeat(Math.floor((100 * 1024 - APP.length) / (BIG_CHUNK.length + 1)))}`;
    expect((await validate({ "app.py": source })).errors).toEqual([]);
  });
});
