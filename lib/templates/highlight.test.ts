import { describe, expect, it } from "vitest";
import { highlight, languageOf, type Token } from "@/lib/templates/highlight";

const kinds = (tokens: Token[], kind: Token["kind"]) => tokens.filter((t) => t.kind === kind).map((t) => t.text.trim());

describe("languageOf", () => {
  it("picks the language by extension, plain text otherwise", () => {
    expect(languageOf("app.py")).toBe("python");
    expect(languageOf("templates/index.HTML")).toBe("html");
    expect(languageOf("static/site.css")).toBe("css");
    expect(languageOf("static/app.js")).toBe("javascript");
    expect(languageOf("manifest.json")).toBe("json");
    expect(languageOf("requirements.txt")).toBe("text");
    expect(languageOf("Procfile")).toBe("text");
  });
});

describe("highlight", () => {
  const py = `from fastapi import FastAPI  # the framework
app = FastAPI(title="Hi")


@app.get("/items/{item_id}")
def read(item_id: int = 42) -> dict:
    """Docs, with 'quotes' and # not a comment."""
    return {"id": item_id, "ok": True}
`;

  it("gives back the file unchanged when joined", () => {
    for (const [text, lang] of [
      [py, "python"],
      ['<a href="/x">hi</a><!-- note -->', "html"],
      ["body { color: red; } /* c */", "css"],
      ["const a = `t` + 1.5; /* c */ // d", "javascript"],
      ['{"a": [1, true, null]}', "json"],
      ["plain\ntext", "text"],
    ] as const) {
      expect(
        highlight(text, lang)
          .map((t) => t.text)
          .join(""),
      ).toBe(text);
    }
  });

  it("marks Python keywords, strings, comments, numbers and decorators", () => {
    const tokens = highlight(py, "python");
    expect(kinds(tokens, "keyword")).toEqual(["from", "import", "def", "return", "True"]);
    expect(kinds(tokens, "comment")).toEqual(["# the framework"]);
    expect(kinds(tokens, "decorator")).toEqual(["@app.get"]);
    expect(kinds(tokens, "number")).toEqual(["42"]);
    expect(kinds(tokens, "string")).toContain(`"""Docs, with 'quotes' and # not a comment."""`);
    expect(kinds(tokens, "string")).toContain('"/items/{item_id}"');
  });

  it("reads f-strings and raw strings as strings, not names", () => {
    const tokens = highlight(`x = f"hi {name}" + rb'\\d'`, "python");
    expect(kinds(tokens, "string")).toEqual([`f"hi {name}"`, `rb'\\d'`]);
  });

  it("marks HTML tags, attribute values and comments", () => {
    const tokens = highlight(`<p class="x">Don't</p><!-- c -->`, "html");
    expect(kinds(tokens, "tag")).toEqual(["<p", ">", "</p>"]);
    expect(kinds(tokens, "string")).toEqual(['="x"']);
    expect(kinds(tokens, "comment")).toEqual(["<!-- c -->"]);
  });

  it("survives an unterminated string or comment", () => {
    expect(kinds(highlight('x = "open', "python"), "string")).toEqual(['"open']);
    expect(kinds(highlight("/* open", "css"), "comment")).toEqual(["/* open"]);
  });
});
