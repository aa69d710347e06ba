import { describe, expect, it } from "vitest";
import { errorsIn } from "./test-helpers";

// [source, line, column, message] — every case has exactly one syntax error.
const CASES: [string, number, number, string][] = [
  ["x = (1,\n", 1, 5, "`(` was never closed"],
  ["print('a'\n", 1, 6, "`(` was never closed"],
  ["a = 1\nb = (\nc = 3\nd = 4\n", 2, 5, "`(` was never closed"],
  ["x = [1, 2\ny = 3\n", 1, 5, "`[` was never closed"],
  ["x = )\n", 1, 5, "unmatched `)`"],
  ["def f(:\n  pass\n", 1, 7, "missing `)`"],
  ["x = 1 +\n", 1, 7, "invalid syntax near `+`"],
  ["a = 1\nb = = 2\nc = 3\n", 2, 5, "invalid syntax near `=`"],
  ["return = 5\n", 1, 8, "invalid syntax near `=`"],
  ["import\n", 1, 1, "invalid syntax near `import`"],
  ["for x in y\n    pass\n", 1, 11, "expected `:` after `y`"],
  ["if x\n    y = 1\n", 1, 5, "expected `:` after `x`"],
  ["class A\n    pass\n", 1, 8, "expected `:` after `A`"],
  ["s = 'abc\n", 1, 5, "unterminated string literal"],
  ['s = """abc\n', 1, 5, "unterminated triple-quoted string"],
  ["x = 1 $ 2\n", 1, 7, "invalid character `$`"],
  ['print "hello"\n', 1, 1, "missing parentheses in call to `print`: use print(...)"],
  ["if a <> b: pass\n", 1, 6, "invalid syntax near `<>`: use `!=`"],
  ["try:\n    x()\nexcept E:\n    pass\n    finally:\n        pass\n", 5, 5, "invalid syntax near `finally`"],
];

describe("syntax errors", () => {
  it.each(CASES)("%j → line %i, column %i: %s", async (source, line, column, message) => {
    const errors = await errorsIn(source);
    expect(errors).toEqual([{ file: "mod.py", line, column, message, rule: "syntax" }]);
  });

  it("reports one error per broken line, in every broken statement", async () => {
    const errors = await errorsIn("a = (\n\ndef ok():\n    return 1\n\nb = 1 +\n");
    expect(errors.every((e) => e.rule === "syntax")).toBe(true);
    expect(errors.length).toBeGreaterThanOrEqual(1);
    expect(errors[0]).toMatchObject({ line: 1, column: 5 });
  });

  it("counts columns in UTF-16 units, as the editor does", async () => {
    const errors = await errorsIn("é = 'ü' + (1,\n");
    expect(errors).toMatchObject([{ line: 1, column: 11, message: "`(` was never closed" }]);
  });
});
