import { describe, expect, it } from "vitest";
import { DEFAULT_ALLOWED_IMPORTS } from "./index";
import { brief, errorsIn } from "./test-helpers";

const NON_LITERAL = 'open() only accepts a literal relative path inside the app, like open("data/items.json")';

describe("open() stays inside the app", () => {
  it.each([
    ["open('/etc/passwd')\n", 6, "open() may not open files outside the app: `/etc/passwd` is an absolute path"],
    ["open('../secret.txt')\n", 6, "open() may not open files outside the app: `../secret.txt` leaves the app directory"],
    ["open('data/../../b')\n", 6, "open() may not open files outside the app: `data/../../b` leaves the app directory"],
    ["open('C:/x')\n", 6, "open() may not open files outside the app: `C:/x` is an absolute path"],
    ["open('~/.ssh/id_rsa')\n", 6, "open() may not open files outside the app: `~/.ssh/id_rsa` is an absolute path"],
    ["open(file='/x')\n", 11, "open() may not open files outside the app: `/x` is an absolute path"],
    ["open(name)\n", 6, NON_LITERAL],
    ["open(f'data/{x}.json')\n", 6, NON_LITERAL],
    ["open('a\\x2e\\x2e/b')\n", 6, NON_LITERAL],
    ["open(*['/etc/passwd'])\n", 6, NON_LITERAL],
    ["open(**{'file': '/etc/passwd'})\n", 6, NON_LITERAL],
  ])("%j", async (source, column, message) => {
    expect(await errorsIn(source)).toEqual([{ file: "mod.py", line: 1, column, message, rule: "open-outside-app" }]);
  });

  it("allows literal relative paths", async () => {
    expect(await errorsIn("open('data/items.json')\nopen(\"notes.txt\", 'w')\nopen('a' 'b.txt')\nopen('x.txt', *mode)\n")).toEqual([]);
  });

  it("checks io.open through aliases, and refuses open passed around", async () => {
    const source = "import io\nio.open('/etc/passwd')\nfrom io import open as o\no('../x')\nf = open\n";
    expect(brief(await errorsIn(source))).toEqual(["open-outside-app@2:9", "open-outside-app@4:3", "blocked-name@5:5"]);
  });

  it("checks pathlib paths when an admin allows pathlib", async () => {
    const opts = { allowedImports: [...DEFAULT_ALLOWED_IMPORTS, "pathlib"] };
    const source =
      "from pathlib import Path\nPath('/etc/passwd').read_text()\nPath('data') / '..' / 'x'\nPath(__file__).parent / 'static'\n";
    expect(brief(await errorsIn(source, opts))).toEqual(["open-outside-app@2:6", "open-outside-app@3:16"]);
  });
});
