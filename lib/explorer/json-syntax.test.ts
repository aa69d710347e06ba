import { describe, expect, it } from "vitest";
import { findJsonSyntaxError } from "./json-syntax";

describe("findJsonSyntaxError", () => {
  it("accepts what JSON.parse accepts", () => {
    for (const ok of ['{"a": 1}', " [1, 2.5e-3, -0, true, false, null] ", '{"s": "x\\n\\u00e9\\"y"}', '"x"', "0", "{}", "[]"]) {
      expect(() => JSON.parse(ok)).not.toThrow();
      expect(findJsonSyntaxError(ok), ok).toBeNull();
    }
  });

  it.each([
    ['{"a": }', 1, 7, "expected a value, found '}'"],
    ['{"a" 1}', 1, 6, "expected ':' after the property name, found '1'"],
    ['{"a": 1,}', 1, 9, "a trailing comma is not allowed before '}'"],
    ["{'a': 1}", 1, 2, "strings and names take double quotes"],
    ['{"a": tru}', 1, 7, 'unknown word "tru"'],
    ['{"a": 1', 1, 8, "expected ',' or '}' after a property value, found end of input"],
    ["", 1, 1, "unexpected end of input"],
    ['{\n  "a": 1,\n  "b": [1 2]\n}', 3, 11, "expected ',' or ']' after an array element, found '2'"],
    ['{"a": "x\ny"}', 1, 9, "control characters"],
    ['{"a": 01}', 1, 8, "invalid number"],
    ['{"a": 1} x', 1, 10, "unexpected 'x' after the end of the value"],
    ['{"a": "unterminated}', 1, 7, "unterminated string"],
    ['{"a": "\\x"}', 1, 8, "invalid escape \\x"],
  ])("locates the error in %j", (text, line, column, message) => {
    expect(() => JSON.parse(text)).toThrow();
    const e = findJsonSyntaxError(text);
    expect(e).toMatchObject({ line, column });
    expect(e?.message).toContain(message);
    expect(e?.offset).toBe(
      text
        .split("\n")
        .slice(0, line - 1)
        .join("\n").length +
        (line > 1 ? 1 : 0) +
        column -
        1,
    );
  });

  it("stops at absurd nesting instead of overflowing the stack", () => {
    expect(findJsonSyntaxError("[".repeat(100_000))?.message).toBe("nested too deeply");
  });
});
