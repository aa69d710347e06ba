import type { Node } from "web-tree-sitter";
import { resolveChain } from "./bindings";
import { BLOCKED_ATTRIBUTES, GETATTR_LIKE, memberVerdict, OPEN_LIKE, PATH_LIKE } from "./policy";
import type { ReferenceContext } from "./references";
import { isLocallyBound } from "./scope";
import { chainSegments, errorAt, literalString, nameOf } from "./tree";
import type { ValidationError } from "./types";

const NOT_POSITIONAL = new Set(["keyword_argument", "list_splat", "dictionary_splat", "comment"]);

function positional(args: Node | null): Node[] {
  if (args?.type !== "argument_list") return [];
  return args.namedChildren.filter((n) => !NOT_POSITIONAL.has(n.type));
}

function keyword(args: Node | null, name: string): Node | null {
  const kw = args?.namedChildren.find((n) => n.type === "keyword_argument" && n.childForFieldName("name")?.text === name);
  return kw?.childForFieldName("value") ?? null;
}

/** What a callee refers to: a qualified import, a builtin name, or null when unknown. */
function calleeName(fn: Node, ctx: ReferenceContext): string | null {
  const resolved = resolveChain(fn, ctx.bindings);
  if (resolved !== null) return resolved;
  if (fn.type !== "identifier" || isLocallyBound(fn, ctx.scopes)) return null;
  return nameOf(fn);
}

/** Why a literal path leaves the app directory, or null when it stays inside. */
function pathProblem(path: string): string | null {
  if (/^([/\\~]|[A-Za-z]:)/.test(path)) return `\`${path}\` is an absolute path`;
  if (path.split(/[/\\]/).includes("..")) return `\`${path}\` leaves the app directory`;
  return null;
}

function checkOpen(call: Node, name: string, ctx: ReferenceContext): ValidationError[] {
  const args = call.childForFieldName("arguments");
  const children = args?.namedChildren.filter((n) => n.type !== "comment") ?? [];
  const first = children[0];
  const kwargs = children.find((n) => n.type === "dictionary_splat");
  // `open(*paths)` / `open(**kw)`: the path is not a literal we can see.
  const path = (first?.type === "list_splat" ? first : positional(args)[0]) ?? keyword(args, "file") ?? kwargs;
  if (!path) return [];
  const label = name === "open" ? "open()" : `${name}()`;
  const literal = literalString(path);
  if (literal === null) {
    const message = `${label} only accepts a literal relative path inside the app, like open("data/items.json")`;
    return [errorAt(ctx.file, path, "open-outside-app", message)];
  }
  const problem = pathProblem(literal);
  if (!problem) return [];
  return [errorAt(ctx.file, path, "open-outside-app", `${label} may not open files outside the app: ${problem}`)];
}

/** pathlib: literal arguments, and literal `/ "..."` segments joined onto the result. */
function checkPath(call: Node, name: string, ctx: ReferenceContext): ValidationError[] {
  const parts = positional(call.childForFieldName("arguments"));
  for (let node = call, parent = call.parent; parent?.type === "binary_operator"; ) {
    const left = parent.childForFieldName("left");
    const right = parent.childForFieldName("right");
    if (left?.id !== node.id || parent.childForFieldName("operator")?.type !== "/" || !right) break;
    parts.push(right);
    node = parent;
    parent = parent.parent;
  }
  return parts.flatMap((part) => {
    const literal = literalString(part);
    const problem = literal === null ? null : pathProblem(literal);
    if (!problem) return [];
    const message = `${name}() may not point outside the app: ${problem}`;
    return [errorAt(ctx.file, part, "open-outside-app", message)];
  });
}

/** getattr(x, "__globals__"), attrgetter("__code__"), getattr(logging, "os"). */
function checkGetattr(call: Node, ctx: ReferenceContext): ValidationError[] {
  const args = positional(call.childForFieldName("arguments"));
  const target = args[0] ? resolveChain(args[0], ctx.bindings) : null;
  return args.flatMap((arg, index) => {
    const name = literalString(arg);
    if (name === null) return [];
    if (BLOCKED_ATTRIBUTES.has(name)) {
      return [errorAt(ctx.file, arg, "blocked-attribute", `access to \`${name}\` is not allowed`)];
    }
    const verdict = index > 0 && target !== null ? memberVerdict(`${target}.${name}`) : null;
    return verdict ? [errorAt(ctx.file, arg, "blocked-call", verdict)] : [];
  });
}

/** File access paths and attribute lookups by string, for one call. */
export function checkCall(call: Node, ctx: ReferenceContext): ValidationError[] {
  const fn = call.childForFieldName("function");
  if (!fn) return [];
  const name = calleeName(fn, ctx);
  const errors: ValidationError[] = [];
  if (name !== null && OPEN_LIKE.has(name)) errors.push(...checkOpen(call, name, ctx));
  if (name !== null && PATH_LIKE.has(name)) errors.push(...checkPath(call, name, ctx));
  const last = chainSegments(fn)?.at(-1);
  if (last !== undefined && GETATTR_LIKE.has(last)) errors.push(...checkGetattr(call, ctx));
  return errors;
}
