import type { Node, Point, Tree } from "web-tree-sitter";

// One walk over the statements only (never into expressions), which keeps a 100 KB file cheap:
// expressions are reached later, and only where a word worth checking occurs (names.ts).

/** A block body introduced by `:`; indentation.ts needs where its header and body sit. */
export interface Header {
  /** Node type of the compound statement or clause that owns the block. */
  kind: string;
  ownerRow: number;
  colonRow: number;
  /** Row of the first statement of the body, or -1 when the body is empty. */
  bodyRow: number;
}

export interface Structure {
  root: Node;
  /** Outermost ERROR nodes and MISSING nodes, anywhere in the tree. */
  errors: Node[];
  missing: Node[];
  /** Import statements at any statement level. */
  imports: Node[];
  /** `x = …` statements at any statement level; `topLevel` ones bind module names. */
  assignments: Node[];
  topLevel: Node[];
  /** Where statements, clauses and decorators begin (outside ERROR nodes). */
  lineStarts: Point[];
  headers: Header[];
  /** Python 2 statements tree-sitter accepts: print and exec statements. */
  legacy: Node[];
}

const CONTAINERS = new Set([
  "module",
  "block",
  "decorated_definition",
  "expression_statement",
  "if_statement",
  "elif_clause",
  "else_clause",
  "for_statement",
  "while_statement",
  "try_statement",
  "except_clause",
  "except_group_clause",
  "finally_clause",
  "with_statement",
  "function_definition",
  "class_definition",
  "match_statement",
  "case_clause",
]);
const CLAUSES = new Set(["elif_clause", "else_clause", "except_clause", "except_group_clause", "finally_clause", "case_clause"]);
const IMPORTS = new Set(["import_statement", "import_from_statement", "future_import_statement"]);
const LEGACY = new Set(["print_statement", "exec_statement"]);

interface Frame {
  type: string;
  row: number;
  colonRow: number;
  /** Type of the previous child, comments skipped: a body must directly follow its `:`. */
  previous: string;
  header?: Header;
}

function findErrors(node: Node, s: Structure): void {
  if (node.isMissing) s.missing.push(node);
  else if (node.isError) s.errors.push(node);
  else if (node.hasError) for (const child of node.children) findErrors(child, s);
}

export function readStructure(tree: Tree): Structure {
  const root = tree.rootNode;
  const s: Structure = {
    root,
    errors: [],
    missing: [],
    imports: [],
    assignments: [],
    topLevel: [],
    lineStarts: [],
    headers: [],
    legacy: [],
  };
  if (root.hasError) findErrors(root, s);
  const cursor = tree.walk();
  const stack: Frame[] = [];
  for (;;) {
    const type = cursor.nodeType;
    const parent = stack[stack.length - 1];
    const statement = parent?.type === "module" || parent?.type === "block";
    const named = type !== "comment" && cursor.nodeIsNamed;
    if (type === ":" && parent) parent.colonRow = cursor.startPosition.row;
    if (named && parent?.header && parent.header.bodyRow < 0) parent.header.bodyRow = cursor.startPosition.row;
    if (named && type !== "ERROR") {
      if (statement || CLAUSES.has(type) || parent?.type === "decorated_definition") s.lineStarts.push(cursor.startPosition);
      if (IMPORTS.has(type)) s.imports.push(cursor.currentNode);
      else if (LEGACY.has(type)) s.legacy.push(cursor.currentNode);
      else if (type === "assignment" && parent?.type === "expression_statement") {
        const node = cursor.currentNode;
        s.assignments.push(node);
        if (stack.length === 2) s.topLevel.push(node);
      }
    }
    let header: Header | undefined;
    if (type === "block" && parent?.previous === ":") {
      header = { kind: parent.type, ownerRow: parent.row, colonRow: parent.colonRow, bodyRow: -1 };
      s.headers.push(header);
    }
    if (CONTAINERS.has(type)) {
      const row = cursor.startPosition.row;
      if (cursor.gotoFirstChild()) {
        if (parent && type !== "comment") parent.previous = type;
        stack.push({ type, row, colonRow: -1, previous: "", header });
        continue;
      }
    }
    if (parent && type !== "comment") parent.previous = type;
    while (!cursor.gotoNextSibling()) {
      if (!cursor.gotoParent()) {
        cursor.delete();
        return s;
      }
      stack.pop();
    }
  }
}
