/**
 * A small syntax highlighter for the template preview (Monaco is too heavy for a dialog): splits
 * a file into tokens by kind. Python gets keywords, strings, comments, numbers and decorators;
 * HTML its tags, attribute strings and comments; CSS, JavaScript and JSON strings, comments and
 * numbers. Everything else is plain text. Joined back, the tokens are always the file unchanged.
 */

export type TokenKind = "plain" | "keyword" | "string" | "comment" | "number" | "decorator" | "tag";
export interface Token {
  kind: TokenKind;
  text: string;
}
export type PreviewLanguage = "python" | "html" | "css" | "javascript" | "json" | "text";

const PY_KEYWORDS = new Set(
  "False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield match case".split(
    " ",
  ),
);
const JS_KEYWORDS = new Set(
  "async await break case catch class const continue default delete do else export false finally for function if import in instanceof let new null return switch this throw true try typeof undefined var void while yield".split(
    " ",
  ),
);

interface Rule {
  kind: TokenKind | "word";
  re: RegExp;
}

const NUMBER: Rule = { kind: "number", re: /\b\d[\d_]*(?:\.\d+)?(?:[eE][+-]?\d+)?\b/y };
const WORD: Rule = { kind: "word", re: /[A-Za-z_$][\w$]*/y };
const C_COMMENT: Rule = { kind: "comment", re: /\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$)/y };
const QUOTED: Rule = { kind: "string", re: /"(?:[^"\\\n]|\\.)*"?|'(?:[^'\\\n]|\\.)*'?|`(?:[^`\\]|\\[\s\S])*`?/y };

const RULES: Record<Exclude<PreviewLanguage, "text">, Rule[]> = {
  python: [
    { kind: "comment", re: /#[^\n]*/y },
    { kind: "string", re: /[rbfuRBFU]{0,2}(?:"""[\s\S]*?(?:"""|$)|'''[\s\S]*?(?:'''|$)|"(?:[^"\\\n]|\\.)*"?|'(?:[^'\\\n]|\\.)*'?)/y },
    { kind: "decorator", re: /@[A-Za-z_][\w.]*/y },
    NUMBER,
    WORD,
  ],
  html: [
    { kind: "comment", re: /<!--[\s\S]*?(?:-->|$)/y },
    { kind: "tag", re: /<\/?[A-Za-z][\w-]*|\/?>/y },
    // Attribute values only: an apostrophe in the page's text is not a string.
    { kind: "string", re: /=\s*(?:"[^"]*"|'[^']*')/y },
  ],
  css: [{ kind: "comment", re: /\/\*[\s\S]*?(?:\*\/|$)/y }, QUOTED, NUMBER],
  javascript: [C_COMMENT, QUOTED, NUMBER, WORD],
  json: [QUOTED, NUMBER, WORD],
};

const EXTENSIONS: Record<string, PreviewLanguage> = {
  py: "python",
  html: "html",
  htm: "html",
  jinja: "html",
  j2: "html",
  svg: "html",
  css: "css",
  js: "javascript",
  mjs: "javascript",
  ts: "javascript",
  json: "json",
};

export function languageOf(path: string): PreviewLanguage {
  const ext = /\.([A-Za-z0-9]+)$/.exec(path)?.[1]?.toLowerCase() ?? "";
  return EXTENSIONS[ext] ?? "text";
}

function keywordsOf(language: PreviewLanguage): Set<string> {
  if (language === "python") return PY_KEYWORDS;
  if (language === "javascript") return JS_KEYWORDS;
  if (language === "json") return new Set(["true", "false", "null"]);
  return new Set();
}

function push(tokens: Token[], kind: TokenKind, text: string) {
  const last = tokens[tokens.length - 1];
  if (last && last.kind === kind) last.text += text;
  else tokens.push({ kind, text });
}

export function highlight(text: string, language: PreviewLanguage): Token[] {
  if (language === "text") return text ? [{ kind: "plain", text }] : [];
  const rules = RULES[language];
  const keywords = keywordsOf(language);
  const tokens: Token[] = [];
  let i = 0;
  outer: while (i < text.length) {
    for (const rule of rules) {
      rule.re.lastIndex = i;
      const m = rule.re.exec(text);
      if (m && m[0].length > 0) {
        const kind = rule.kind === "word" ? (keywords.has(m[0]) ? "keyword" : "plain") : rule.kind;
        push(tokens, kind, m[0]);
        i += m[0].length;
        continue outer;
      }
    }
    push(tokens, "plain", text[i] ?? "");
    i += 1;
  }
  return tokens;
}
