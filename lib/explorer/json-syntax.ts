/**
 * Where a JSON text goes wrong, the same in every runtime: `JSON.parse` messages differ between
 * engines and Node 20's often name no position, so a small strict scanner (RFC 8259) finds the
 * first error itself. Only called once `JSON.parse` has failed. Pure: tested in json-syntax.test.ts.
 */

export interface JsonSyntaxError {
  message: string;
  /** 0-based offset in the text (UTF-16 code units). */
  offset: number;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

const MAX_DEPTH = 512;

class Stop {
  constructor(
    readonly message: string,
    readonly offset: number,
  ) {}
}

function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === "\n") {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function shown(ch: string | undefined): string {
  return ch === undefined ? "end of input" : `'${ch}'`;
}

class Scanner {
  i = 0;
  constructor(private readonly s: string) {}

  fail(message: string, at = this.i): never {
    throw new Stop(message, at);
  }

  ws(): void {
    while (this.i < this.s.length && " \t\n\r".includes(this.s[this.i] as string)) this.i++;
  }

  value(depth: number): void {
    if (depth > MAX_DEPTH) this.fail("nested too deeply");
    this.ws();
    const ch = this.s[this.i];
    if (ch === "{") this.object(depth);
    else if (ch === "[") this.array(depth);
    else if (ch === '"') this.string();
    else if (ch === "-" || (ch !== undefined && ch >= "0" && ch <= "9")) this.number();
    else if (!this.word()) this.noValue(ch);
  }

  word(): boolean {
    for (const word of ["true", "false", "null"]) {
      if (this.s.startsWith(word, this.i)) {
        this.i += word.length;
        return true;
      }
    }
    return false;
  }

  noValue(ch: string | undefined): never {
    if (ch === "'") this.fail("strings and names take double quotes");
    const bare = /^[A-Za-z_]\w*/.exec(this.s.slice(this.i))?.[0];
    if (bare) this.fail(`unknown word "${bare}" (strings take double quotes; JSON has true, false and null)`);
    this.fail(ch === undefined ? "unexpected end of input: a value is missing" : `expected a value, found ${shown(ch)}`);
  }

  object(depth: number): void {
    this.i++;
    this.ws();
    if (this.s[this.i] === "}") {
      this.i++;
      return;
    }
    for (;;) {
      this.ws();
      const ch = this.s[this.i];
      if (ch !== '"') {
        if (ch === "}") this.fail("a trailing comma is not allowed before '}'");
        if (ch === "'") this.fail("strings and names take double quotes");
        this.fail(`expected a double-quoted property name, found ${shown(ch)}`);
      }
      this.string();
      this.ws();
      if (this.s[this.i] !== ":") this.fail(`expected ':' after the property name, found ${shown(this.s[this.i])}`);
      this.i++;
      this.value(depth + 1);
      this.ws();
      const next = this.s[this.i];
      if (next === ",") {
        this.i++;
        continue;
      }
      if (next === "}") {
        this.i++;
        return;
      }
      this.fail(`expected ',' or '}' after a property value, found ${shown(next)}`);
    }
  }

  array(depth: number): void {
    this.i++;
    this.ws();
    if (this.s[this.i] === "]") {
      this.i++;
      return;
    }
    for (;;) {
      this.value(depth + 1);
      this.ws();
      const next = this.s[this.i];
      if (next === ",") {
        this.i++;
        this.ws();
        if (this.s[this.i] === "]") this.fail("a trailing comma is not allowed before ']'");
        continue;
      }
      if (next === "]") {
        this.i++;
        return;
      }
      this.fail(`expected ',' or ']' after an array element, found ${shown(next)}`);
    }
  }

  string(): void {
    const start = this.i;
    this.i++;
    for (;;) {
      const ch = this.s[this.i];
      if (ch === undefined) this.fail("unterminated string", start);
      if (ch === '"') {
        this.i++;
        return;
      }
      if (ch < " ") this.fail("control characters (such as a line break) must be escaped in strings");
      if (ch === "\\") {
        const esc = this.s[this.i + 1];
        if (esc === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(this.s.slice(this.i + 2, this.i + 6))) this.fail("\\u must be followed by 4 hex digits");
          this.i += 6;
          continue;
        }
        if (esc === undefined || !'"\\/bfnrt'.includes(esc)) this.fail(`invalid escape \\${esc ?? ""}`);
        this.i += 2;
        continue;
      }
      this.i++;
    }
  }

  number(): void {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.s.slice(this.i));
    if (!m) this.fail("invalid number");
    this.i += m[0].length;
    const next = this.s[this.i];
    if (next !== undefined && /[0-9.eE+-]/.test(next)) this.fail("invalid number");
  }
}

/** The first syntax error in `text`, or null when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  const scanner = new Scanner(text);
  try {
    scanner.value(0);
    scanner.ws();
    if (scanner.i < text.length) scanner.fail(`unexpected ${shown(text[scanner.i])} after the end of the value`);
    return null;
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    return { message: e.message, offset: e.offset, ...position(text, e.offset) };
  }
}
