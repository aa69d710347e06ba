import type { Node } from "web-tree-sitter";
import { type Bindings, reexportedNames, resolveChain } from "./bindings";
import { checkCall } from "./calls";
import { BLOCKED_ATTRIBUTES, BLOCKED_BUILTINS, BLOCKED_NAMES, memberVerdict, moduleVerdict, OPEN_LIKE } from "./policy";
import { isLocallyBound, isNotReference } from "./scope";
import { chainSegments, chainTop, errorAt, isCallee, nameOf } from "./tree";
import type { ValidationError } from "./types";

export interface ReferenceContext {
  file: string;
  bindings: Bindings;
  /** The allow-list: a module that arrives by re-export must be allowed like an import. */
  allowed: readonly string[];
  /** Local names per function/lambda/comprehension node id (see scope.ts). */
  scopes: Map<number, Set<string>>;
}

function isMemberName(id: Node): boolean {
  const parent = id.parent;
  return parent?.type === "attribute" && parent.childForFieldName("attribute")?.id === id.id;
}

/** A name that refers to the builtin: not imported (unless it is a blocked one), not a local. */
function isBuiltin(id: Node, ctx: ReferenceContext): boolean {
  const name = nameOf(id);
  if (ctx.bindings.has(name) && !BLOCKED_BUILTINS.has(name)) return false;
  return !isLocallyBound(id, ctx.scopes);
}

function checkName(id: Node, ctx: ReferenceContext): ValidationError | null {
  if (isNotReference(id)) return null;
  const name = nameOf(id);
  const callee = isCallee(id);
  if (BLOCKED_NAMES.has(name)) return errorAt(ctx.file, id, "blocked-name", `\`${name}\` is not allowed`);
  if (BLOCKED_BUILTINS.has(name) && isBuiltin(id, ctx)) {
    if (!callee) return errorAt(ctx.file, id, "blocked-name", `the builtin \`${name}\` is not allowed`);
    const hint = ctx.bindings.has(name) ? "; call it through its module instead" : "";
    return errorAt(ctx.file, id, "blocked-call", `\`${name}()\` is not allowed${hint}`);
  }
  if (name === "open" && !callee && isBuiltin(id, ctx)) {
    return errorAt(ctx.file, id, "blocked-name", "`open` may only be called directly, with a literal relative path");
  }
  return null;
}

/** Checks a whole chain (`os.system`, `logging.os`, bare `os`) rooted at an imported name. */
function checkChain(top: Node, ctx: ReferenceContext): ValidationError | null {
  if (top.type === "identifier" && isNotReference(top)) return null;
  const written = chainSegments(top) ?? [];
  if (written.slice(1).some((s) => BLOCKED_ATTRIBUTES.has(s))) return null; // reported as attributes
  const qualified = resolveChain(top, ctx.bindings);
  if (qualified === null) return null;
  const written0 = written[0] ?? (top.type === "identifier" ? nameOf(top) : "");
  if (reexportedNames(ctx.bindings).has(written0) && !isLocallyBound(top, ctx.scopes)) {
    const module = qualified.split(".")[0] ?? qualified;
    // pathlib's classes stay usable (FastHTML apps build paths with them); their path checks apply.
    const refused = module === "pathlib" ? null : moduleVerdict(module, ctx.allowed);
    if (refused) return errorAt(ctx.file, top, "blocked-name", `\`${written0}\` is \`${module}\` re-exported by a library: ${refused}`);
  }
  if (qualified === "os" && top.type === "identifier" && !isLocallyBound(top, ctx.scopes)) {
    return errorAt(ctx.file, top, "blocked-name", "`os` may only be used as os.<helper> (environment and path helpers)");
  }
  const verdict = memberVerdict(qualified);
  if (verdict) return errorAt(ctx.file, top, isCallee(top) ? "blocked-call" : "blocked-attribute", verdict);
  if (OPEN_LIKE.has(qualified) && !isCallee(top)) {
    return errorAt(ctx.file, top, "blocked-name", `\`${qualified}\` may only be called directly, with a literal relative path`);
  }
  return null;
}

/**
 * Blocked builtins, names and attributes, chains through imported modules, and the calls they
 * make, for the identifiers names.ts found.
 */
export function checkReferences(names: readonly Node[], ctx: ReferenceContext): ValidationError[] {
  const errors: ValidationError[] = [];
  const push = (e: ValidationError | null) => e && errors.push(e);
  const seen = new Set<number>();
  for (const id of names) {
    const member = isMemberName(id);
    if (!member) push(checkName(id, ctx));
    else if (BLOCKED_ATTRIBUTES.has(nameOf(id))) {
      push(errorAt(ctx.file, id, "blocked-attribute", `access to \`${nameOf(id)}\` is not allowed`));
    }
    const top = chainTop(member ? (id.parent ?? id) : id);
    if (seen.has(top.id)) continue;
    seen.add(top.id);
    push(checkChain(top, ctx));
    const call = top.parent;
    if (call && isCallee(top)) errors.push(...checkCall(call, ctx));
  }
  return errors;
}
