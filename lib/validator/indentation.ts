import type { Structure } from "./structure";
import type { ValidationError } from "./types";

// Tree-sitter's Python scanner recovers from bad indentation silently, so Python's tokenizer
// rules are replayed here over the logical lines the tree reveals (statements, clauses,
// decorators that begin their physical line). Lines inside brackets, strings or after a
// backslash never begin a statement, so they are never measured.

const KINDS: Record<string, string> = {
  function_definition: "function definition",
  class_definition: "class definition",
  if_statement: "'if' statement",
  elif_clause: "'elif' statement",
  else_clause: "'else' statement",
  for_statement: "'for' statement",
  while_statement: "'while' statement",
  try_statement: "'try' statement",
  except_clause: "'except' statement",
  except_group_clause: "'except*' statement",
  finally_clause: "'finally' statement",
  with_statement: "'with' statement",
  match_statement: "'match' statement",
  case_clause: "'case' statement",
};

interface Width {
  /** Column with tabs to multiples of 8 (Python's `col`). */
  col: number;
  /** Column counting a tab as 1 (Python's `altcol`), to detect tab/space mixing. */
  alt: number;
}

interface LogicalLine {
  row: number;
  column: number;
  width: Width;
  /** Set when this line ends with a block header whose body must follow, indented. */
  header?: string;
}

function measure(whitespace: string): Width {
  let col = 0;
  let alt = 0;
  for (const ch of whitespace) {
    if (ch === "\t") {
      col = (Math.floor(col / 8) + 1) * 8;
      alt++;
    } else if (ch === "\f") {
      col = 0;
      alt = 0;
    } else {
      col++;
      alt++;
    }
  }
  return { col, alt };
}

/** The last line starting at or before `row` (lines are sorted by row). */
function lastAtOrBefore(lines: LogicalLine[], row: number): LogicalLine | undefined {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((lines[mid]?.row ?? 0) <= row) lo = mid + 1;
    else hi = mid;
  }
  return lines[lo - 1];
}

function logicalLines(source: string, s: Structure): LogicalLine[] {
  const rows = source.split("\n");
  const byRow = new Map<number, LogicalLine>();
  for (const { row, column } of s.lineStarts) {
    const text = rows[row] ?? "";
    if (byRow.has(row) || text.search(/\S/) !== column) continue;
    byRow.set(row, { row, column, width: measure(text.slice(0, column)) });
  }
  const lines = [...byRow.values()].sort((a, b) => a.row - b.row);
  for (const header of s.headers) {
    // A body on the header's own line (`if x: pass`) needs no indented block.
    if (header.bodyRow >= 0 && header.bodyRow <= header.colonRow) continue;
    const line = lastAtOrBefore(lines, header.colonRow);
    const kind = KINDS[header.kind] ?? "block header";
    if (line) line.header = `${kind} on line ${header.ownerRow + 1}`;
  }
  return lines;
}

export function checkIndentation(file: string, source: string, s: Structure): ValidationError[] {
  const errors: ValidationError[] = [];
  const report = (line: LogicalLine, message: string) =>
    errors.push({ file, line: line.row + 1, column: line.column + 1, message, rule: "indentation" });
  const stack: Width[] = [{ col: 0, alt: 0 }];
  let pending: string | undefined;
  let last: LogicalLine | undefined;

  for (const line of logicalLines(source, s)) {
    const { col, alt } = line.width;
    let top = stack[stack.length - 1] ?? { col: 0, alt: 0 };
    if (col > top.col) {
      if (alt <= top.alt) report(line, "inconsistent use of tabs and spaces in indentation");
      else if (!pending) report(line, "unexpected indent");
      stack.push(line.width);
    } else {
      if (pending) report(line, `expected an indented block after ${pending}`);
      while (stack.length > 1 && col < top.col) {
        stack.pop();
        top = stack[stack.length - 1] ?? { col: 0, alt: 0 };
      }
      if (col !== top.col) {
        report(line, "unindent does not match any outer indentation level");
        stack.push(line.width);
      } else if (alt !== top.alt) {
        report(line, "inconsistent use of tabs and spaces in indentation");
      }
    }
    pending = line.header;
    last = line;
  }
  if (pending && last) report(last, `expected an indented block after ${pending}`);
  return errors;
}
