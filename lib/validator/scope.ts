import type { Node } from "web-tree-sitter";

// Just enough of Python's scoping to tell a user's own `input` parameter from the builtin.

const TARGET_PATTERNS = new Set([
  "pattern_list",
  "tuple_pattern",
  "list_pattern",
  "list_splat_pattern",
  "dictionary_splat_pattern",
  "as_pattern_target",
  "parameters",
  "lambda_parameters",
  "typed_parameter",
]);
const NOT_EXPRESSIONS = new Set([
  "dotted_name",
  "aliased_import",
  "relative_import",
  "import_prefix",
  "global_statement",
  "nonlocal_statement",
  "keyword_pattern",
]);
const NAMED_FIELD: Record<string, string> = {
  function_definition: "name",
  class_definition: "name",
  default_parameter: "name",
  typed_default_parameter: "name",
  assignment: "left",
  for_statement: "left",
  for_in_clause: "left",
  named_expression: "name",
};
const COMPREHENSIONS = new Set(["list_comprehension", "set_comprehension", "dictionary_comprehension", "generator_expression"]);

function isField(parent: Node, field: string, child: Node): boolean {
  return parent.childForFieldName(field)?.id === child.id;
}

/** The identifier is a name being bound here (assignment target, parameter, def name…). */
export function isBinding(id: Node): boolean {
  let node = id;
  let parent = node.parent;
  while (parent && (parent.type === "pattern_list" || parent.type === "tuple_pattern")) {
    node = parent;
    parent = parent.parent;
  }
  if (!parent) return false;
  if (TARGET_PATTERNS.has(parent.type)) return true;
  const field = NAMED_FIELD[parent.type];
  return field !== undefined && isField(parent, field, node);
}

/** The identifier is not a value being read: a member or keyword name, import part, binding. */
export function isNotReference(id: Node): boolean {
  const parent = id.parent;
  if (!parent) return true;
  if (NOT_EXPRESSIONS.has(parent.type)) return true;
  if (parent.type === "attribute" && isField(parent, "attribute", id)) return true;
  if (parent.type === "keyword_argument" && isField(parent, "name", id)) return true;
  return isBinding(id);
}

/** Names an import statement binds in the scope it runs in. */
function importedNames(statement: Node): string[] {
  if (statement.type !== "import_statement" && statement.type !== "import_from_statement") {
    return [];
  }
  const fromImport = statement.type === "import_from_statement";
  return statement.childrenForFieldName("name").map((name) => {
    if (name.type === "aliased_import") return name.childForFieldName("alias")?.text ?? "";
    return fromImport ? name.text : (name.namedChild(0)?.text ?? "");
  });
}

/** Names bound inside a function, lambda or comprehension (Python: local if assigned anywhere). */
function localNames(scope: Node, cache: Map<number, Set<string>>): Set<string> {
  const cached = cache.get(scope.id);
  if (cached) return cached;
  const names = new Set<string>();
  const declared = new Set<string>();
  const visit = (node: Node) => {
    if (node.type === "function_definition" || node.type === "class_definition") {
      const name = node.childForFieldName("name");
      if (name) names.add(name.text);
      return;
    }
    if (node.type === "lambda" || COMPREHENSIONS.has(node.type)) return;
    if (node.type === "global_statement" || node.type === "nonlocal_statement") {
      for (const n of node.namedChildren) declared.add(n.text);
      return;
    }
    if (node.type === "identifier" && isBinding(node)) names.add(node.text);
    for (const name of importedNames(node)) names.add(name);
    for (const child of node.namedChildren) visit(child);
  };
  const isFunction = scope.type === "function_definition" || scope.type === "lambda";
  const parts = isFunction ? [scope.childForFieldName("parameters"), scope.childForFieldName("body")] : scope.namedChildren;
  for (const part of parts) if (part) visit(part);
  for (const name of declared) names.delete(name);
  cache.set(scope.id, names);
  return names;
}

/**
 * True when `id` reads a name bound in an enclosing function, lambda or comprehension scope.
 * Module and class scopes never count: there a name can be read before it is assigned, and
 * then it is the builtin.
 */
export function isLocallyBound(id: Node, cache: Map<number, Set<string>>): boolean {
  const name = id.text;
  let child = id;
  let grandchild: Node | null = null;
  for (let scope = id.parent; scope; scope = scope.parent) {
    if (scope.type === "function_definition" || scope.type === "lambda") {
      // Defaults, annotations and decorators are evaluated in the enclosing scope.
      if (isField(scope, "body", child) && localNames(scope, cache).has(name)) return true;
    } else if (COMPREHENSIONS.has(scope.type)) {
      const firstFor = scope.namedChildren.find((n) => n.type === "for_in_clause");
      const outerIterable = firstFor?.id === child.id && grandchild !== null && isField(child, "right", grandchild);
      if (!outerIterable && localNames(scope, cache).has(name)) return true;
    }
    grandchild = child;
    child = scope;
  }
  return false;
}
