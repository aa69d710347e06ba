import type { Node } from "web-tree-sitter";
import type { Structure } from "./structure";
import { chainSegments, nameOf } from "./tree";

/**
 * Names bound to imported things, file-wide: `import os as o` → o: "os";
 * `from os import system as s` → s: "os.system"; `from . import utils` → utils: ".utils".
 * Simple aliases by assignment follow (`p = os.path` → p: "os.path"). Scopes are ignored on
 * purpose: a resolved name is only ever used to refuse more, never to allow more.
 */
export type Bindings = Map<string, string>;

function dotted(node: Node | null): string {
  if (!node) return "";
  if (node.type === "dotted_name") return node.namedChildren.map(nameOf).join(".");
  return node.text.replace(/\s+/g, "");
}

/** The module an `import_from_statement` reads from: "fastapi", ".", "..pkg.mod". */
export function fromModule(statement: Node): string {
  return dotted(statement.childForFieldName("module_name"));
}

/** `from M import n` → "M.n"; relative modules keep their dots (".", ".x" → ".n", ".x.n"). */
export function joinModule(module: string, name: string): string {
  return module.endsWith(".") ? `${module}${name}` : `${module}.${name}`;
}

function addImport(statement: Node, bindings: Bindings): void {
  const fromImport = statement.type === "import_from_statement";
  const module = fromImport ? fromModule(statement) : "";
  for (const name of statement.childrenForFieldName("name")) {
    const aliased = name.type === "aliased_import";
    const target = dotted(aliased ? name.childForFieldName("name") : name);
    if (fromImport) {
      const alias = name.childForFieldName("alias");
      const local = aliased && alias ? nameOf(alias) : target;
      bindings.set(local, joinModule(module, target));
    } else if (aliased) {
      const alias = name.childForFieldName("alias");
      bindings.set(alias ? nameOf(alias) : target, target);
    } else {
      const root = target.split(".")[0] ?? target;
      bindings.set(root, root);
    }
  }
}

/** The qualified name a chain (`o.path.join`) refers to, when its root is bound. */
export function resolveChain(node: Node, bindings: Bindings): string | null {
  const segments = chainSegments(node);
  const root = segments?.[0];
  if (!segments || root === undefined) return null;
  const bound = bindings.get(root);
  return bound === undefined ? null : [bound, ...segments.slice(1)].join(".");
}

export function collectBindings(c: Structure): Bindings {
  const bindings: Bindings = new Map();
  for (const statement of c.imports) addImport(statement, bindings);
  for (const assignment of c.assignments) {
    const left = assignment.childForFieldName("left");
    const right = assignment.childForFieldName("right");
    if (left?.type !== "identifier" || !right) continue;
    const resolved = resolveChain(right, bindings);
    if (resolved !== null) bindings.set(nameOf(left), resolved);
  }
  return bindings;
}
