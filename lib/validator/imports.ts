import type { Node } from "web-tree-sitter";
import { fromModule, joinModule } from "./bindings";
import { ALWAYS_REFUSED_MODULES, memberVerdict, moduleVerdict, REFUSED_SUBMODULES } from "./policy";
import type { Structure } from "./structure";
import { errorAt, nameOf } from "./tree";
import type { ValidationError } from "./types";

export interface ImportContext {
  file: string;
  allowed: readonly string[];
  /** Top-level names of the app's own modules and packages. */
  localModules: ReadonlySet<string>;
}

function importedTarget(name: Node): string {
  const target = name.type === "aliased_import" ? name.childForFieldName("name") : name;
  return target?.namedChildren.map(nameOf).join(".") ?? "";
}

function isLocal(module: string, ctx: ImportContext): boolean {
  return module.startsWith(".") || ctx.localModules.has(module.split(".")[0] ?? "");
}

function refusedOutright(module: string): boolean {
  const root = module.split(".")[0] ?? "";
  const prefix = REFUSED_SUBMODULES.some((p) => module === p || module.startsWith(`${p}.`));
  return prefix || ALWAYS_REFUSED_MODULES.has(root);
}

function checkImport(statement: Node, ctx: ImportContext): ValidationError[] {
  const errors: ValidationError[] = [];
  for (const name of statement.childrenForFieldName("name")) {
    const target = importedTarget(name);
    const verdict = isLocal(target, ctx) ? null : (moduleVerdict(target, ctx.allowed) ?? memberVerdict(target));
    if (verdict) errors.push(errorAt(ctx.file, name, "import-not-allowed", verdict));
  }
  return errors;
}

function checkFromImport(statement: Node, ctx: ImportContext): ValidationError[] {
  const module = fromModule(statement);
  const moduleNode = statement.childForFieldName("module_name") ?? statement;
  const names = statement.childrenForFieldName("name");
  const report = (node: Node, message: string) => errorAt(ctx.file, node, "import-not-allowed", message);
  const local = isLocal(module, ctx);
  const verdict = local ? null : moduleVerdict(module, ctx.allowed);

  if (verdict !== null && (names.length === 0 || refusedOutright(module))) {
    return [report(moduleNode, verdict)];
  }
  const wildcard = statement.namedChildren.find((n) => n.type === "wildcard_import");
  if (wildcard && !local && module.split(".")[0] === "os") {
    return [report(wildcard, "`from os import *` is not allowed: import the helpers you need by name")];
  }
  const failures: ValidationError[] = [];
  for (const name of names) {
    const qualified = joinModule(module, importedTarget(name));
    const listed = verdict === null ? null : moduleVerdict(qualified, ctx.allowed);
    const problem = listed ?? memberVerdict(qualified);
    if (problem) failures.push(report(name, problem));
  }
  const allUnlisted = verdict !== null && failures.length === names.length;
  return allUnlisted ? [report(moduleNode, verdict)] : failures;
}

/** Every import checked against the allow-list and the always-refused modules and members. */
export function checkImports(c: Structure, ctx: ImportContext): ValidationError[] {
  return c.imports.flatMap((statement) => {
    if (statement.type === "import_statement") return checkImport(statement, ctx);
    if (statement.type === "import_from_statement") return checkFromImport(statement, ctx);
    return [];
  });
}
