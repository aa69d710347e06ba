import type { Node } from "web-tree-sitter";
import type { Structure } from "./structure";
import { errorAt } from "./tree";
import type { ValidationError } from "./types";

const OPENERS: Record<string, string> = { "(": ")", "[": "]", "{": "}" };
/** A lone character Python has no use for outside strings. */
const STRAY = /^[^\w\s()[\]{}.,:;=+\-*/%<>&|^~@!'"#\\]$/u;
const CLOSERS = new Set([")", "]", "}"]);
const HEADER_KEYWORDS = new Set(["if", "elif", "else", "for", "while", "def", "class", "with", "try", "except", "finally", "async"]);

function leaves(node: Node, out: Node[] = []): Node[] {
  if (node.childCount === 0) out.push(node);
  else for (const child of node.children) leaves(child, out);
  return out;
}

function quote(text: string): string {
  const short = text.length > 20 ? `${text.slice(0, 20)}…` : text;
  return `\`${short}\``;
}

/** A readable message for one ERROR node, placed on the token it talks about. */
function describeError(file: string, error: Node): ValidationError {
  const tokens = leaves(error);
  const first = tokens[0];
  if (!first) return errorAt(file, error, "syntax", "invalid syntax");

  const open = tokens.find((t) => t.type === "string_start");
  if (open && !tokens.some((t) => t.type === "string_end")) {
    const triple = open.text.endsWith('"""') || open.text.endsWith("'''");
    const what = triple ? "unterminated triple-quoted string" : "unterminated string literal";
    return errorAt(file, open, "syntax", what);
  }

  const stack: Node[] = [];
  for (const token of tokens) {
    if (token.type in OPENERS) stack.push(token);
    else if (CLOSERS.has(token.type)) {
      const top = stack[stack.length - 1];
      if (top && OPENERS[top.type] === token.type) stack.pop();
      else return errorAt(file, token, "syntax", `unmatched ${quote(token.type)}`);
    }
  }
  const unclosed = stack[0];
  if (unclosed) return errorAt(file, unclosed, "syntax", `${quote(unclosed.type)} was never closed`);

  const firstRow = tokens.filter((t) => t.startPosition.row === first.startPosition.row);
  const lastOnRow = firstRow[firstRow.length - 1] ?? first;
  if (HEADER_KEYWORDS.has(first.type) && !firstRow.some((t) => t.type === ":")) {
    return errorAt(file, { startPosition: lastOnRow.endPosition }, "syntax", `expected \`:\` after ${quote(lastOnRow.text)}`);
  }
  const stray = tokens.find((t) => (t.type === "ERROR" || tokens.length === 1) && STRAY.test(t.text));
  if (stray) return errorAt(file, stray, "syntax", `invalid character ${quote(stray.text)}`);
  // Recovery that nests ERRORs skipped whole lines: the innermost, last one ends where
  // parsing finally failed (e.g. a misplaced `finally`).
  const nested = error.descendantsOfType("ERROR").filter((n) => n.id !== error.id);
  const inner = nested.length > 0 ? leaves(nested[nested.length - 1] ?? error).at(-1) : undefined;
  const near = inner ?? lastOnRow;
  return errorAt(file, near, "syntax", `invalid syntax near ${quote(near.text)}`);
}

function describeMissing(file: string, node: Node): ValidationError {
  const what = node.isNamed ? node.type.replace(/_/g, " ") : quote(node.type);
  return errorAt(file, node, "syntax", `missing ${what}`);
}

function describeLegacy(file: string, node: Node): ValidationError {
  if (node.type === "print_statement") {
    return errorAt(file, node, "syntax", "missing parentheses in call to `print`: use print(...)");
  }
  if (node.type === "exec_statement") {
    return errorAt(file, node, "syntax", "`exec` statement is Python 2 syntax");
  }
  return errorAt(file, node, "syntax", "invalid syntax near `<>`: use `!=`");
}

/** Syntax errors: ERROR and MISSING nodes plus Python 2 forms (`diamonds`: `<>` tokens), one per line. */
export function checkSyntax(file: string, s: Structure, diamonds: readonly Node[]): ValidationError[] {
  const found = [
    ...s.errors.map((n) => describeError(file, n)),
    ...s.missing.map((n) => describeMissing(file, n)),
    ...s.legacy.map((n) => describeLegacy(file, n)),
    ...diamonds.map((n) => describeLegacy(file, n)),
  ];
  const seen = new Set<number>();
  return found.sort((a, b) => a.line - b.line || a.column - b.column).filter((e) => !seen.has(e.line) && seen.add(e.line));
}
