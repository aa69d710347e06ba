import { describe, expect, it } from "vitest";
import { errorsIn } from "./test-helpers";

const CASES: [string, string, number, number, string][] = [
  ["indented first line", "    x = 1\n", 1, 5, "unexpected indent"],
  ["indent after a plain statement", "x = 1\n    y = 2\n", 2, 5, "unexpected indent"],
  ["indent inside a body", "def f():\n    x = 1\n        y = 2\n", 3, 9, "unexpected indent"],
  ["indent after a one-line body", "if x: pass\n    y = 1\n", 2, 5, "unexpected indent"],
  ["indented def under a decorator", "@dec\n  def f():\n    pass\n", 2, 3, "unexpected indent"],
  ["unindent to no outer level", "if x:\n        a = 1\n    b = 2\n", 3, 5, "unindent does not match any outer indentation level"],
  ["clause at the wrong level", "if x:\n    a = 1\n  else:\n    b = 2\n", 3, 3, "unindent does not match any outer indentation level"],
  [
    "nested unindent off by one",
    "def f():\n    if x:\n        pass\n   return 1\n",
    4,
    4,
    "unindent does not match any outer indentation level",
  ],
  ["missing body", "def f():\nreturn 1\n", 2, 1, "expected an indented block after function definition on line 1"],
  ["missing body at end of file", "def f():\n", 1, 1, "expected an indented block after function definition on line 1"],
  ["comment is not a body", "class A:\n\n# only comment\n", 1, 1, "expected an indented block after class definition on line 1"],
  ["else without body", "for i in x:\n    pass\nelse:\npass\n", 4, 1, "expected an indented block after 'else' statement on line 3"],
  [
    "async with without body",
    "async def f():\n    async with a:\n    pass\n",
    3,
    5,
    "expected an indented block after 'with' statement on line 2",
  ],
  ["multi-line header", "def f(\n    a,\n):\nreturn a\n", 4, 1, "expected an indented block after function definition on line 1"],
  ["tab then spaces", "if x:\n\ty = 1\n        z = 2\n", 3, 9, "inconsistent use of tabs and spaces in indentation"],
  ["tabs deeper than spaces", "if x:\n        if y:\n\t\tz = 1\n", 3, 3, "inconsistent use of tabs and spaces in indentation"],
];

describe("indentation", () => {
  it.each(CASES)("%s", async (_name, source, line, column, message) => {
    expect(await errorsIn(source)).toEqual([{ file: "mod.py", line, column, message, rule: "indentation" }]);
  });

  it("reports every bad line, not just the first", async () => {
    const errors = await errorsIn("x = 1\n    y = 2\nz = 3\n  w = 4\n");
    expect(errors.map((e) => [e.line, e.message])).toEqual([
      [2, "unexpected indent"],
      [4, "unexpected indent"],
    ]);
  });

  it("ignores lines inside brackets, strings and backslash continuations", async () => {
    const source = 'x = [\n        1,\n  2]\ns = """\n      text\n"""\ny = 1 + \\\n            2\n';
    expect(await errorsIn(source)).toEqual([]);
  });
});
