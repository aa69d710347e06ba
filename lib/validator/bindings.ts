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

/**
 * Names that libraries re-export from the modules the rules watch: `from fasthtml.common import *`
 * brings `os`, `sys` and `Path` along, and `from fasthtml.common import Path` is pathlib's. Such a
 * name is taken for the real thing (a star import binds all of them), so the rules on `os.system`
 * or `Path("/etc")` hold however the name arrived. This can only refuse more.
 */
const REEXPORTED_MODULES: ReadonlyMap<string, string> = new Map(
  ["os", "sys", "subprocess", "shutil", "pathlib", "builtins"].map((m) => [m, m]),
);

/** pathlib's classes, re-exported by the fast.ai family (FastAPI's own `Path` is a parameter, not this). */
const PATHLIB_NAMES: ReadonlyMap<string, string> = new Map(["Path", "PurePath", "PosixPath"].map((n) => [n, `pathlib.${n}`]));
const PATHLIB_REEXPORTERS: ReadonlySet<string> = new Set([
  "fasthtml",
  "fasthtml.common",
  "fastcore.all",
  "fastcore.xtras",
  "fastcore.utils",
  "fastlite",
  "monsterui.all",
]);

/** The names `module` is known to re-export from watched modules, with what they really are. */
export function reexportsOf(module: string): ReadonlyMap<string, string> {
  return PATHLIB_REEXPORTERS.has(module) ? new Map([...REEXPORTED_MODULES, ...PATHLIB_NAMES]) : REEXPORTED_MODULES;
}

/** Which names of a Bindings map arrived as re-exports (a star import, or `from lib import os`). */
const reexports = new WeakMap<Bindings, Set<string>>();

export function reexportedNames(bindings: Bindings): ReadonlySet<string> {
  return reexports.get(bindings) ?? new Set();
}

function markReexported(bindings: Bindings, name: string): void {
  const set = reexports.get(bindings) ?? new Set<string>();
  set.add(name);
  reexports.set(bindings, set);
}

function addImport(statement: Node, bindings: Bindings): void {
  const fromImport = statement.type === "import_from_statement";
  const module = fromImport ? fromModule(statement) : "";
  if (fromImport && statement.namedChildren.some((n) => n.type === "wildcard_import")) {
    for (const [name, real] of reexportsOf(module)) {
      if (bindings.has(name)) continue;
      bindings.set(name, real);
      markReexported(bindings, name);
    }
  }
  for (const name of statement.childrenForFieldName("name")) {
    const aliased = name.type === "aliased_import";
    const target = dotted(aliased ? name.childForFieldName("name") : name);
    if (fromImport) {
      const alias = name.childForFieldName("alias");
      const local = aliased && alias ? nameOf(alias) : target;
      const reexported = reexportsOf(module).get(target);
      const real = reexported !== undefined && !module.startsWith(".") && module.split(".")[0] !== reexported.split(".")[0];
      bindings.set(local, real ? (reexported as string) : joinModule(module, target));
      if (real) markReexported(bindings, local);
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
